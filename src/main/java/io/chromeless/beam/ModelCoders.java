package io.chromeless.beam;

import io.chromeless.group.Signature;
import io.chromeless.model.Article;
import io.chromeless.model.DocumentRow;
import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import io.chromeless.model.Reject;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * Beam coders for the model values. Each delegates to the value's own {@code writeTo}/{@code
 * readFrom}, a compact, deterministic binary form (no Java serialisation, no reflection).
 */
public final class ModelCoders {
  private ModelCoders() {}

  /** Registers every model coder on the pipeline so transforms need no explicit setCoder. */
  public static void registerOn(Pipeline p) {
    CoderRegistry r = p.getCoderRegistry();
    r.registerCoderForClass(RawPage.class, RawPageCoder.INSTANCE);
    r.registerCoderForClass(ParsedPage.class, ParsedPageCoder.INSTANCE);
    r.registerCoderForClass(Reject.class, RejectCoder.INSTANCE);
    r.registerCoderForClass(Article.class, ArticleCoder.INSTANCE);
    r.registerCoderForClass(DocumentRow.class, DocumentRowCoder.INSTANCE);
    r.registerCoderForClass(Signature.class, SignatureCoder.INSTANCE);
  }

  /** Base: a deterministic coder over a DataOutput form. */
  abstract static class WireCoder<T> extends CustomCoder<T> {
    abstract void write(T value, DataOutput out) throws IOException;

    abstract T read(DataInput in) throws IOException;

    @Override
    public void encode(T value, OutputStream outStream) throws IOException {
      write(value, new DataOutputStream(outStream));
    }

    @Override
    public T decode(InputStream inStream) throws IOException {
      return read(new DataInputStream(inStream));
    }

    @Override
    public void verifyDeterministic() {}

    @Override
    public boolean equals(Object o) {
      return o != null && o.getClass() == getClass();
    }

    @Override
    public int hashCode() {
      return getClass().hashCode();
    }
  }

  public static final class RawPageCoder extends WireCoder<RawPage> {
    public static final RawPageCoder INSTANCE = new RawPageCoder();

    @Override
    void write(RawPage v, DataOutput out) throws IOException {
      v.writeTo(out);
    }

    @Override
    RawPage read(DataInput in) throws IOException {
      return RawPage.readFrom(in);
    }
  }

  public static final class ParsedPageCoder extends WireCoder<ParsedPage> {
    public static final ParsedPageCoder INSTANCE = new ParsedPageCoder();

    @Override
    void write(ParsedPage v, DataOutput out) throws IOException {
      v.writeTo(out);
    }

    @Override
    ParsedPage read(DataInput in) throws IOException {
      return ParsedPage.readFrom(in);
    }
  }

  public static final class RejectCoder extends WireCoder<Reject> {
    public static final RejectCoder INSTANCE = new RejectCoder();

    @Override
    void write(Reject v, DataOutput out) throws IOException {
      v.writeTo(out);
    }

    @Override
    Reject read(DataInput in) throws IOException {
      return Reject.readFrom(in);
    }
  }

  public static final class ArticleCoder extends WireCoder<Article> {
    public static final ArticleCoder INSTANCE = new ArticleCoder();

    @Override
    void write(Article v, DataOutput out) throws IOException {
      v.writeTo(out);
    }

    @Override
    Article read(DataInput in) throws IOException {
      return Article.readFrom(in);
    }
  }

  public static final class DocumentRowCoder extends WireCoder<DocumentRow> {
    public static final DocumentRowCoder INSTANCE = new DocumentRowCoder();

    @Override
    void write(DocumentRow v, DataOutput out) throws IOException {
      v.writeTo(out);
    }

    @Override
    DocumentRow read(DataInput in) throws IOException {
      return DocumentRow.readFrom(in);
    }
  }

  public static final class SignatureCoder extends WireCoder<Signature> {
    public static final SignatureCoder INSTANCE = new SignatureCoder();

    @Override
    void write(Signature v, DataOutput out) throws IOException {
      v.writeTo(out);
    }

    @Override
    Signature read(DataInput in) throws IOException {
      return Signature.readFrom(in);
    }
  }
}
