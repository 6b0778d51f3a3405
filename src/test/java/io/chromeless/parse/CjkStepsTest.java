package io.chromeless.parse;

import static io.chromeless.parse.BodyEndsTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Short sentences in Chinese or Japanese script that name a program or a key in Latin letters
 * ("Windows", "Ctrl") are sentences of the article like any other: the Latin names are no measure
 * of how much of the line is running text, so a how-to's steps keep the article together, whatever
 * language the page is taken for. Pages of our own writing.
 */
class CjkStepsTest {
  /** A blog's motto in English over its posts: the page may read as English to the language guess. */
  static final String SLOGAN = page("Notes from a small desk: tips and tricks for Windows and Mac users since 2010",
      "Every post on this blog was written by hand, and the screenshots were taken on my own computer");

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("Japanese", page("ホーム", "パソコン", SLOGAN, "MemoPadの起動キーを変更する方法",
                "パソコンでメモを取るときに便利なMemoPadですが、インストールすると自動で起動キーが設定され、ほかのソフトと同じ組み合わせになってしまうことがあります。",
                "私の場合はパスワード管理ソフトの起動キーと重なってしまい、どちらを押しても片方しか立ち上がらないという困った状態になりました。",
                "Windows11での操作方法です。", "まずStartメニューからMemoPadを探します。", "MemoPadのアイコンを右クリックします。",
                "表示されたメニューからPropertiesを選びます。", "Shortcutタブを開いてください。", "Shortcut keyの欄を空にします。",
                "最後にOKをクリックします。", "MemoPadを再起動して完了です。",
                "これでほかのソフトの起動キーとぶつかることがなくなり、以前のように好きなときにメモを取れるようになりました。同じことで困っている人の参考になればうれしいです。",
                "なお、設定を元に戻したいときは同じ画面で起動キーをもう一度入力すれば、最初の状態に戻すことができます。"),
            List.of("Shortcutタブを開いて", "最初の状態に戻す")),
        Arguments.of("Chinese", page("首页", "电脑", SLOGAN, "如何更改MemoPad的启动快捷键",
                "在电脑上记笔记时MemoPad很方便，但安装以后它会自动设置一个启动快捷键，有时会和别的软件用同一个组合键，用起来很不方便。",
                "我遇到的情况是它和密码管理软件的快捷键重复了，不管按哪一个，都只能打开其中一个软件，这让我非常头疼。",
                "以下是在Windows11电脑上的操作方法。", "先在屏幕左下角的Start菜单里找到MemoPad。", "用鼠标右键点击MemoPad的图标。",
                "在出现的菜单里选择最下面的Properties。", "然后打开窗口上方的Shortcut选项卡。", "把Shortcut key这一栏里的字全部删掉。",
                "最后点击窗口下面的OK按钮保存。", "关掉窗口以后重新启动MemoPad。", "再按原来的组合键看看有没有反应。",
                "如果什么都没有发生就说明设置成功了。",
                "这样它就不会再和别的软件的快捷键冲突了，我又可以随时打开它记笔记。希望这篇文章对遇到同样问题的人有所帮助。",
                "另外，如果想恢复原来的设置，只要在同一个窗口里重新输入快捷键，就可以回到最初的状态。"),
            List.of("打开窗口上方的Shortcut选项卡", "回到最初的状态")),
        Arguments.of("Chinese, traditional script", page("首頁", "電腦", SLOGAN, "如何更改MemoPad的啟動快速鍵",
                "在電腦上做筆記時MemoPad很方便，但安裝以後它會自動設定一個啟動快速鍵，有時會和別的軟體用同一個組合鍵，用起來很不方便。",
                "我遇到的情況是它和密碼管理軟體的快速鍵重複了，不管按哪一個，都只能打開其中一個軟體，這讓我非常頭痛。",
                "以下是在Windows11電腦上的操作方法。", "先在螢幕左下角的Start選單裡找到MemoPad。", "用滑鼠右鍵點選MemoPad的圖示。",
                "在出現的選單裡選擇最下面的Properties。", "然後打開視窗上方的Shortcut分頁。", "把Shortcut key這一欄裡的字全部刪掉。",
                "最後點選視窗下面的OK按鈕儲存。", "關掉視窗以後重新啟動MemoPad。", "再按原來的組合鍵看看有沒有反應。",
                "如果什麼都沒有發生就表示設定成功了。",
                "這樣它就不會再和別的軟體的快速鍵衝突了，我又可以隨時打開它做筆記。希望這篇文章對遇到同樣問題的人有所幫助。",
                "另外，如果想恢復原來的設定，只要在同一個視窗裡重新輸入快速鍵，就可以回到最初的狀態。"),
            List.of("打開視窗上方的Shortcut分頁", "回到最初的狀態")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void stepsNamingProgramsInLatinLettersStayInTheBody(String lang, String page, List<String> in) throws Exception {
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    for (String s : in) {
      assertThat(p.body()).as(p.body()).contains(s);
    }
  }
}
