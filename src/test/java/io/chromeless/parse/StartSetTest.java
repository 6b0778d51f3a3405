package io.chromeless.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The start strings read from pattern sources, and what cannot be read. */
class StartSetTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "(?:ab|cd)e;abe cde",
        "ab?;a ab",
        "(?<![\\p{L}\\p{N}])(?:free )?art;art fre",
        "[A-C]x;ax bx cx",
        "x{2,}y;xxy xxx",
        "(?:a|b)(?=c)d;ad bd",
        "Über;übe",
        "a(?:b|);a ab"
      })
  void startStringsOfSimplePatterns(String source, String expected) {
    assertEquals(Set.of(expected.split(" ")), StartSet.starts(source), source);
  }

  @Test
  void classesAndAnchorsExpand() {
    Set<String> s = StartSet.starts("^\\d\\d?:");
    assertEquals(110, s.size(), "a digit and ':', or two digits and ':'");
    assertTrue(s.contains("0:") && s.contains("99:"));
    assertFalse(s.contains("99"));
    assertEquals(Set.of("by ", "by\t", "by\n", "by\u000b", "by\f", "by\r"), StartSet.starts("(?-i:By)\\s+\\w"));
  }

  @Test
  void whatCannotBeToldGivesNoFilter() {
    assertNull(StartSet.starts("\\p{L}+ said"), "a class of all letters first");
    assertNull(StartSet.starts(".foo"), "any character first");
    assertNull(StartSet.starts("x?"), "can match the empty string");
    assertNull(StartSet.starts("(a)\\1"), "back-reference");
    assertNull(StartSet.starts("[^a]bc"), "negated class");
    assertNull(StartSet.starts("\\w\\w\\w\\w"), "too many combinations");
  }

  @Test
  void startStringsAsLongAsAsked() {
    assertEquals(Set.of("sign i", "log in"), StartSet.starts("(?:sign in|log in)", 6));
    assertEquals(Set.of("sig", "log"), StartSet.starts("(?:sign in|log in)", 3));
    assertEquals(Set.of("ab", "abcd"), StartSet.starts("ab(?:cd)?", 6), "a match shorter than k is its own start");
  }

  @Test
  void longerStartStringsSkipMorePositions() {
    StartSet s = StartSet.of(Pattern.compile("(?<![\\p{L}\\p{N}])(?:personal data|percentage)",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    String folded = Folded.fold("Perhaps per cent, personal data");
    assertEquals(folded.indexOf("personal"), s.next(folded, 0), "\"per\" alone is no start of six characters");
  }

  @Test
  void tooManyLongStartsFallBackToShorterOnes() {
    // 26^4 strings of four letters are too many; 26^3 of three are not
    Pattern p = Pattern.compile("[a-z][a-z][a-z][a-z]x");
    assertNull(StartSet.starts(p.pattern(), 4));
    StartSet s = StartSet.of(p);
    assertEquals(3, s.next("12 abcdx", 0));
    assertEquals(-1, s.next("12 ab 3", 0), "no three letters in a row");
  }

  @Test
  void positionsThatStartNoMatchAreSkipped() {
    StartSet s = StartSet.of(Pattern.compile("(?:sign in|log in)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    String folded = Folded.fold("please log in to read; or sign in");
    assertEquals(folded.indexOf("log"), s.next(folded, 0));
    assertEquals(folded.indexOf("sign"), s.next(folded, folded.indexOf("log") + 1));
    assertEquals(-1, s.next("nothing here", 0));
  }

  @Test
  void wordPatternsStartOnlyAtWordStarts() {
    StartSet word = StartSet.of(Pattern.compile("(?<![\\p{L}\\p{N}])(?:menu|news)(?![\\p{L}\\p{N}])"));
    assertEquals(9, word.next("submenu, menu", 0), "not inside \"submenu\"");
    assertEquals(0, word.next("news", 0));
    StartSet anywhere = StartSet.of(Pattern.compile("menu|news"));
    assertEquals(3, anywhere.next("submenu, menu", 0));
    StartSet alternatives = StartSet.of(Pattern.compile("(?<![\\p{L}\\p{N}])menu|news"));
    assertEquals(1, alternatives.next("xmenunews", 0), "the look-behind is one alternative's only");
  }
}
