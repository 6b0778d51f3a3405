package io.chromeless.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
  @Test
  void utf8_withAndWithoutBom() {
    byte[] plain = "Grüße aus Köln".getBytes(StandardCharsets.UTF_8);
    assertThat(PageDecoder.decode(plain).text).isEqualTo("Grüße aus Köln");
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    assertThat(PageDecoder.decode(bom).text).isEqualTo("Grüße aus Köln");
  }

  @Test
  void utf16_withBom() {
    byte[] b = "Ünïcödé page".getBytes(StandardCharsets.UTF_16); // Java writes a BOM
    assertThat(PageDecoder.decode(b).text).isEqualTo("Ünïcödé page");
  }

  @Test
  void windows1252_legacyPage() {
    byte[] b = "Café crème – 5 €".getBytes(Charset.forName("windows-1252"));
    PageDecoder.Result r = PageDecoder.decode(b);
    assertThat(r.ok()).isTrue();
    assertThat(r.text).isEqualTo("Café crème – 5 €");
  }

  @Test
  void legacySingleByte_shortWesternPage_isNotTakenForCentralEuropean() {
    // ICU alone names windows-1250 for this one, at a low confidence
    byte[] b = "Café crème – 5 €, Windows-1252.".getBytes(Charset.forName("windows-1252"));
    assertThat(PageDecoder.decode(b).text).isEqualTo("Café crème – 5 €, Windows-1252.");
  }

  @Test
  void legacySingleByte_otherScripts_areDetected() {
    String[][] pages = {
      {"windows-1250", "Vláda v úterý schválila návrh rozpočtu na příští rok. Podle ministra financí se schodek sníží "
          + "o několik miliard korun, opozice však tvrdí, že čísla nejsou realistická. Poslanci budou o návrhu jednat v září."},
      {"windows-1251", "Правительство во вторник одобрило проект бюджета на следующий год. По словам министра финансов, "
          + "дефицит сократится на несколько миллиардов рублей, однако оппозиция считает эти цифры нереалистичными."},
      {"KOI8-R", "Правительство во вторник одобрило проект бюджета на следующий год. По словам министра финансов, "
          + "дефицит сократится на несколько миллиардов рублей."},
      {"windows-1253", "Η κυβέρνηση ενέκρινε την Τρίτη το σχέδιο προϋπολογισμού για το επόμενο έτος. Σύμφωνα με τον "
          + "υπουργό Οικονομικών, το έλλειμμα θα μειωθεί."},
      {"windows-1252", "Le gouvernement a adopté mardi le projet de budget pour l'année prochaine. Selon le ministre des "
          + "Finances, le déficit sera réduit de plusieurs milliards d'euros."},
    };
    for (String[] p : pages) {
      assertThat(PageDecoder.decode(p[1].getBytes(Charset.forName(p[0]))).text).as(p[0]).isEqualTo(p[1]);
    }
  }

  @Test
  void binary_isRejected() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    assertThat(PageDecoder.decode(png).reason).isEqualTo("binary");
    byte[] junk = {'a', 0, 1, 2, 3, 'b', 0, 0, 'c', 'd'};
    assertThat(PageDecoder.decode(junk).reason).isEqualTo("binary");
  }

  @Test
  void empty_isRejected() {
    assertThat(PageDecoder.decode(new byte[0]).reason).isEqualTo("empty");
    assertThat(PageDecoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8)).reason).isEqualTo("empty");
  }

  @Test
  void mostlyInvalidUtf8_isDecodeError() {
    byte[] b = new byte[200];
    for (int i = 0; i < b.length; i += 2) {
      b[i] = (byte) 0xC3; // lead bytes without continuation, in pairs: not single-byte text either
      b[i + 1] = (byte) 0xC3;
    }
    assertThat(PageDecoder.decode(b).reason).isEqualTo("decode_error");
  }
}
