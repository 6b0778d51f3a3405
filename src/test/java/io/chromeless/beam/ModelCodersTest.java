package io.chromeless.beam;

import io.chromeless.model.DocumentRow;
import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import io.chromeless.model.Reject;
import java.util.List;
import org.apache.beam.sdk.testing.CoderProperties;
import org.junit.jupiter.api.Test;

/** The model coders give back equal values, the record id (WARC-Record-ID) included, set or not. */
class ModelCodersTest {
  private static final String ID = "<urn:uuid:3376e85e-a48a-538c-999f-9f90edd738fe>";

  @Test
  void rawPages() throws Exception {
    CoderProperties.coderDecodeEncodeEqual(ModelCoders.RawPageCoder.INSTANCE,
        new RawPage("gs://b/crawl.warc.wet.gz", 7, "https://a.example/1", 1741168800000L, "Text.", ID));
    CoderProperties.coderDecodeEncodeEqual(ModelCoders.RawPageCoder.INSTANCE, new RawPage("/in/p.txt", 0, null, null, "Text."));
  }

  @Test
  void parsedPages() throws Exception {
    ParsedPage.Builder b = ParsedPage.builder().docId("d1").sourceUri("/in/x.wet.gz").recordIndex(3).body("Body.")
        .authors(List.of("A B")).wordCount(1);
    CoderProperties.coderDecodeEncodeEqual(ModelCoders.ParsedPageCoder.INSTANCE, b.recordId(ID).build());
    CoderProperties.coderDecodeEncodeEqual(ModelCoders.ParsedPageCoder.INSTANCE, b.recordId(null).build());
  }

  @Test
  void documentRows() throws Exception {
    CoderProperties.coderDecodeEncodeEqual(ModelCoders.DocumentRowCoder.INSTANCE,
        new DocumentRow("d1", "a1", "/in/x.wet.gz", 3, ID, "https://a.example/1", 1L, true, 1.0));
    CoderProperties.coderDecodeEncodeEqual(ModelCoders.DocumentRowCoder.INSTANCE,
        new DocumentRow("d2", "a1", "/in/p.txt", 0, null, null, null, false, 0.75));
  }

  @Test
  void rejects() throws Exception {
    CoderProperties.coderDecodeEncodeEqual(ModelCoders.RejectCoder.INSTANCE,
        new Reject("/in/x.wet.gz", 2, "read", "bad_length", "no end of record", "WARC/1.0", ID));
    CoderProperties.coderDecodeEncodeEqual(ModelCoders.RejectCoder.INSTANCE,
        new Reject("/in/p.txt", 0, "parse", "no_article", null, null));
  }
}
