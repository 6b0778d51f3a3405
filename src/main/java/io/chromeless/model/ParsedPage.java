package io.chromeless.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * The structured record parsed from one page: where it came from and the article fields found in
 * it. Fields the page does not show are null (lists too), never invented. {@code body} holds the
 * article's paragraphs separated by one blank line.
 */
public final class ParsedPage {
  private final String docId;
  private final String sourceUri;
  private final int recordIndex;
  private final String recordId;
  private final String url;
  private final String site;
  private final Long crawledAtMillis;
  private final String title;
  private final String subtitle;
  private final List<String> authors;
  private final Long publishedAtMicros;
  private final String dateline;
  private final String language;
  private final List<String> captions;
  /** The body, decoded from the wire only when asked for (see {@link Utf8Text}). */
  private final Utf8Text body;
  private final int wordCount;
  private final boolean paywalled;

  private ParsedPage(Builder b) {
    this.docId = Objects.requireNonNull(b.docId, "docId");
    this.sourceUri = Objects.requireNonNull(b.sourceUri, "sourceUri");
    this.recordIndex = b.recordIndex;
    this.recordId = b.recordId;
    this.url = b.url;
    this.site = b.site;
    this.crawledAtMillis = b.crawledAtMillis;
    this.title = b.title;
    this.subtitle = b.subtitle;
    this.authors = Wire.copy(b.authors);
    this.publishedAtMicros = b.publishedAtMicros;
    this.dateline = b.dateline;
    this.language = b.language;
    this.captions = Wire.copy(b.captions);
    this.body = Objects.requireNonNull(b.body, "body");
    this.wordCount = b.wordCount;
    this.paywalled = b.paywalled;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.docId = docId;
    b.sourceUri = sourceUri;
    b.recordIndex = recordIndex;
    b.recordId = recordId;
    b.url = url;
    b.site = site;
    b.crawledAtMillis = crawledAtMillis;
    b.title = title;
    b.subtitle = subtitle;
    b.authors = authors;
    b.publishedAtMicros = publishedAtMicros;
    b.dateline = dateline;
    b.language = language;
    b.captions = captions;
    b.body = body;
    b.wordCount = wordCount;
    b.paywalled = paywalled;
    return b;
  }

  public String docId() {
    return docId;
  }

  public String sourceUri() {
    return sourceUri;
  }

  public int recordIndex() {
    return recordIndex;
  }

  /** The container's id of the record the page came from (WARC-Record-ID), or null. */
  public String recordId() {
    return recordId;
  }

  public String url() {
    return url;
  }

  public String site() {
    return site;
  }

  public Long crawledAtMillis() {
    return crawledAtMillis;
  }

  public String title() {
    return title;
  }

  public String subtitle() {
    return subtitle;
  }

  public List<String> authors() {
    return authors;
  }

  public Long publishedAtMicros() {
    return publishedAtMicros;
  }

  public String dateline() {
    return dateline;
  }

  public String language() {
    return language;
  }

  public List<String> captions() {
    return captions;
  }

  public String body() {
    return body.string();
  }

  public int wordCount() {
    return wordCount;
  }

  public boolean paywalled() {
    return paywalled;
  }

  public void writeTo(DataOutput out) throws IOException {
    Wire.writeString(out, docId);
    Wire.writeString(out, sourceUri);
    out.writeInt(recordIndex);
    Wire.writeString(out, url);
    Wire.writeString(out, site);
    Wire.writeNullableLong(out, crawledAtMillis);
    Wire.writeString(out, title);
    Wire.writeString(out, subtitle);
    Wire.writeStrings(out, authors);
    Wire.writeNullableLong(out, publishedAtMicros);
    Wire.writeString(out, dateline);
    Wire.writeString(out, language);
    Wire.writeStrings(out, captions);
    body.write(out);
    out.writeInt(wordCount);
    out.writeBoolean(paywalled);
    Wire.writeString(out, recordId);
  }

  public static ParsedPage readFrom(DataInput in) throws IOException {
    Builder b = new Builder();
    b.docId = Wire.readString(in);
    b.sourceUri = Wire.readString(in);
    b.recordIndex = in.readInt();
    b.url = Wire.readString(in);
    b.site = Wire.readString(in);
    b.crawledAtMillis = Wire.readNullableLong(in);
    b.title = Wire.readString(in);
    b.subtitle = Wire.readString(in);
    b.authors = Wire.readStrings(in);
    b.publishedAtMicros = Wire.readNullableLong(in);
    b.dateline = Wire.readString(in);
    b.language = Wire.readString(in);
    b.captions = Wire.readStrings(in);
    b.body = Objects.requireNonNull(Utf8Text.read(in), "body");
    b.wordCount = in.readInt();
    b.paywalled = in.readBoolean();
    b.recordId = Wire.readString(in);
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ParsedPage)) {
      return false;
    }
    ParsedPage p = (ParsedPage) o;
    return recordIndex == p.recordIndex
        && wordCount == p.wordCount
        && paywalled == p.paywalled
        && docId.equals(p.docId)
        && sourceUri.equals(p.sourceUri)
        && Objects.equals(recordId, p.recordId)
        && Objects.equals(url, p.url)
        && Objects.equals(site, p.site)
        && Objects.equals(crawledAtMillis, p.crawledAtMillis)
        && Objects.equals(title, p.title)
        && Objects.equals(subtitle, p.subtitle)
        && Objects.equals(authors, p.authors)
        && Objects.equals(publishedAtMicros, p.publishedAtMicros)
        && Objects.equals(dateline, p.dateline)
        && Objects.equals(language, p.language)
        && Objects.equals(captions, p.captions)
        && body.equals(p.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(docId, body);
  }

  @Override
  public String toString() {
    return "ParsedPage{" + docId + " " + sourceUri + "#" + recordIndex + " title=" + title + ", "
        + wordCount + " words}";
  }

  /** Mutable builder; {@link #build()} makes the immutable value. */
  public static final class Builder {
    private String docId;
    private String sourceUri;
    private int recordIndex;
    private String recordId;
    private String url;
    private String site;
    private Long crawledAtMillis;
    private String title;
    private String subtitle;
    private List<String> authors;
    private Long publishedAtMicros;
    private String dateline;
    private String language;
    private List<String> captions;
    private Utf8Text body = Utf8Text.of("");
    private int wordCount;
    private boolean paywalled;

    public Builder docId(String v) {
      docId = v;
      return this;
    }

    public Builder sourceUri(String v) {
      sourceUri = v;
      return this;
    }

    public Builder recordIndex(int v) {
      recordIndex = v;
      return this;
    }

    public Builder recordId(String v) {
      recordId = v;
      return this;
    }

    public Builder url(String v) {
      url = v;
      return this;
    }

    public Builder site(String v) {
      site = v;
      return this;
    }

    public Builder crawledAtMillis(Long v) {
      crawledAtMillis = v;
      return this;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder subtitle(String v) {
      subtitle = v;
      return this;
    }

    public Builder authors(List<String> v) {
      authors = v;
      return this;
    }

    public Builder publishedAtMicros(Long v) {
      publishedAtMicros = v;
      return this;
    }

    public Builder dateline(String v) {
      dateline = v;
      return this;
    }

    public Builder language(String v) {
      language = v;
      return this;
    }

    public Builder captions(List<String> v) {
      captions = v;
      return this;
    }

    public Builder body(String v) {
      body = v == null ? null : Utf8Text.of(v);
      return this;
    }

    public Builder wordCount(int v) {
      wordCount = v;
      return this;
    }

    public Builder paywalled(boolean v) {
      paywalled = v;
      return this;
    }

    public ParsedPage build() {
      return new ParsedPage(this);
    }
  }
}
