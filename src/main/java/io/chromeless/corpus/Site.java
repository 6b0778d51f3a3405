package io.chromeless.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An invented news site and its chrome: masthead, menu, sign-in and newsletter prompts, a cookie
 * banner, a free-article meter, a paywall notice, share links and a footer, each drawn from pools
 * so that every site has its own. What a page shows of it varies a little from page to page (the
 * teasers always do), as it does on real sites.
 */
public final class Site {
  private static final String[] MASTHEAD = {"Sentinel", "Herald", "Courier", "Gazette", "Ledger", "Tribune",
      "Chronicle", "Post", "Observer", "Dispatch", "Record", "Times", "Bugle", "Monitor", "Star", "Beacon",
      "Journal", "Messenger", "Examiner", "Advertiser", "Mercury", "Clarion", "Standard", "Express"};
  private static final String[] MENU = {"Home", "News", "Sports", "Business", "Opinion", "Sign in", "Subscribe",
      "Menu", "Local", "Region", "Weather", "Events", "Log in", "Register", "Top stories", "Politics", "Culture",
      "Science", "Newsletters", "My account", "Search", "Latest", "Community", "Schools", "Obituaries", "Sign up",
      "Sections", "City", "County", "State", "Jobs", "Classifieds", "Podcasts", "Video", "Puzzles", "Travel",
      "Food", "Arts", "Letters", "E-edition", "Real estate", "Cars", "Health", "Tech", "World", "Nation"};
  private static final String[] SIGN_IN = {"Already a subscriber? Log in", "Sign in to keep reading",
      "Log in or create a free account", "Subscribers: sign in here", "Have an account? Sign in",
      "Member login"};
  private static final String[] NEWSLETTER = {"Sign up for our morning newsletter",
      "Get the %s briefing in your inbox every day", "Subscribe to our free weekly newsletter",
      "The news that matters, delivered daily. Sign up", "Join %2$,d readers who get our newsletter",
      "Never miss a story: subscribe to our alerts"};
  private static final String[] COOKIE = {"We use cookies to improve your experience. Accept all | Manage preferences",
      "This site uses cookies. By continuing you agree to our cookie policy. OK",
      "Cookie settings: we and our partners store data on your device. Accept | Reject"};
  private static final String[] METER = {"You are reading %d of %d free stories this month.",
      "%d of %d free articles left", "Free articles remaining: %d of %d"};
  private static final String[][] PAYWALL = {
      {"You have reached your limit of free articles.", "Subscribe now to keep reading. Already a subscriber? Log in"},
      {"This story is for subscribers only.", "Get unlimited access for $%d a month. Cancel anytime."},
      {"You've reached your monthly limit of free articles.", "To read the full article, please subscribe."},
      {"Continue reading with a subscription.", "Start your free trial today. Already a member? Sign in"}};
  private static final String[] SHARE = {"Share this story", "Share", "Share on Facebook", "Email this article",
      "Copy link", "Print", "Tweet", "Share via WhatsApp"};
  private static final String[] MORE = {"More from %s", "Most read", "Trending now", "Related stories",
      "You may also like", "Latest headlines"};
  private static final String[] FOOTER = {"© %d %s. All rights reserved.", "Privacy policy | Terms of use | Contact us",
      "About us · Careers · Advertise with us", "Do not sell my personal information",
      "Corrections policy | Ethics | Accessibility", "Copyright %d %s, a %s Media company"};

  final String name;
  final String domain;
  final List<String> menu;
  final String signIn;
  final String newsletter;
  final String cookie;
  final String meter;
  final String[] paywall;
  final List<String> share;
  final String more;
  final List<String> footer;
  /** Layout choices: byline prefixed by "By ", numeric dates, meter above the title. */
  final boolean byPrefix;
  final boolean numericDate;
  final boolean meterOnTop;

  Site(SplittableRandom r, int index) {
    String place = Lexicon.place(r);
    name = (r.nextBoolean() ? "The " : "") + place + " " + Lexicon.pick(r, MASTHEAD);
    domain = place.toLowerCase() + "-" + name.substring(name.lastIndexOf(' ') + 1).toLowerCase() + index + ".example";
    menu = new ArrayList<>();
    int items = 5 + r.nextInt(5);
    for (int i = 0; i < items; i++) {
      String m = Lexicon.pick(r, MENU);
      if (!menu.contains(m)) {
        menu.add(m);
      }
    }
    signIn = Lexicon.pick(r, SIGN_IN);
    newsletter = String.format(Lexicon.pick(r, NEWSLETTER), name, 10_000 + r.nextInt(90_000));
    cookie = r.nextInt(3) == 0 ? Lexicon.pick(r, COOKIE) : null;
    int free = 3 + r.nextInt(8);
    meter = r.nextBoolean() ? String.format(Lexicon.pick(r, METER), 1 + r.nextInt(free), free) : null;
    String[] pw = PAYWALL[r.nextInt(PAYWALL.length)];
    paywall = new String[] {pw[0], String.format(pw[1], 2 + r.nextInt(15))};
    share = new ArrayList<>();
    int shares = 2 + r.nextInt(3);
    for (int i = 0; i < shares; i++) {
      String s = Lexicon.pick(r, SHARE);
      if (!share.contains(s)) {
        share.add(s);
      }
    }
    more = String.format(Lexicon.pick(r, MORE), name);
    footer = new ArrayList<>();
    int year = 2020 + r.nextInt(6);
    for (int i = 0; i < 2 + r.nextInt(2); i++) {
      String f = String.format(Lexicon.pick(r, FOOTER), year, name, place);
      if (!footer.contains(f)) {
        footer.add(f);
      }
    }
    byPrefix = r.nextBoolean();
    numericDate = r.nextInt(3) == 0;
    meterOnTop = r.nextBoolean();
  }

  public String name() {
    return name;
  }

  public String domain() {
    return domain;
  }

  /** Chrome lines a careless parser could leave in a body: prompts, share and footer lines. */
  List<String> leakableLines() {
    List<String> l = new ArrayList<>();
    l.add(newsletter);
    l.add(signIn);
    l.add(more);
    l.addAll(share);
    l.addAll(footer);
    return l;
  }
}
