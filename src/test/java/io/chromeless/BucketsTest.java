package io.chromeless;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.chromeless.read.Dumps;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.beam.sdk.extensions.gcp.util.gcsfs.GcsPath;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Buckets as input and output. s3://: the whole job against an in-memory S3-compatible server
 * (S3Proxy) on loopback. gs://: the scheme is registered, and a missing bucket (a loopback stub
 * that answers 404) is a clear error within a short time. Nothing leaves the machine.
 */
class BucketsTest {
  private static final String KEY = "test-access-key";
  private static final String SECRET = "test-secret-key";

  @TempDir Path tmp;

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void s3_wholeJob_readsTwoFormats_andWritesParquetBack() throws Exception {
    try (Store store = Store.start("127.0.0.1")) {
      String endpoint = store.endpoint;
      S3Client s3 = store.client;
      s3.createBucket(b -> b.bucket("pages"));
      String d = "2025-03-05T10:00:00Z";
      byte[] wet = Dumps.gzipMembers(Dumps.warcinfo(), Dumps.conversion("https://a.example/one", d, ArticleText.ONE));
      byte[] jsonl = Dumps.jsonLine("https://b.example/two", d, ArticleText.TWO).getBytes(StandardCharsets.UTF_8);
      s3.putObject(b -> b.bucket("pages").key("in/crawl.warc.wet.gz"), RequestBody.fromBytes(wet));
      s3.putObject(b -> b.bucket("pages").key("in/feed.jsonl"), RequestBody.fromBytes(jsonl));

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = ArticlesPipeline.execute(new String[] {
          "--inputs=s3://pages/in/*", "--output=s3://pages/out/", "--loadDate=2026-11-23",
          "--awsRegion=us-east-1", "--endpoint=" + endpoint,
          "--awsCredentialsProvider={\"@type\": \"StaticCredentialsProvider\", \"accessKeyId\": \"" + KEY
              + "\", \"secretAccessKey\": \"" + SECRET + "\"}"},
          new PrintStream(out), new PrintStream(err));
      assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(0);

      List<String> keys = new ArrayList<>();
      for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket("pages").prefix("out/")).contents()) {
        keys.add(o.key());
        if (o.key().endsWith(".parquet")) {
          Path local = tmp.resolve(o.key());
          Files.createDirectories(local.getParent());
          s3.getObject(b -> b.bucket("pages").key(o.key()), local);
        }
      }
      assertThat(keys).anyMatch(k -> k.startsWith("out/documents/load_date=2026-11-23/"))
          .anyMatch(k -> k.startsWith("out/articles/load_date=2026-11-23/"));
      try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
          Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("SELECT source_uri, record_index, url FROM read_parquet('"
              + tmp.resolve("out/documents") + "/**/*.parquet') ORDER BY source_uri")) {
        List<String> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(rs.getString(1) + "#" + rs.getInt(2) + " " + rs.getString(3));
        }
        assertThat(rows).containsExactly(
            "s3://pages/in/crawl.warc.wet.gz#1 https://a.example/one", "s3://pages/in/feed.jsonl#0 https://b.example/two");
      }
    }
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void s3_plainHostName_isReachedWithPathStyle() throws Exception {
    // a host name, not an address: virtual-host style would ask for "pages.localhost"
    try (Store store = Store.start("localhost")) {
      String endpoint = store.endpoint;
      S3Client s3 = store.client;
      s3.createBucket(b -> b.bucket("pages"));
      s3.putObject(b -> b.bucket("pages").key("in/one.txt"), RequestBody.fromString(ArticleText.ONE));
      String[] args = {
          "--inputs=s3://pages/in/*", "--output=s3://pages/out/", "--loadDate=2026-11-23",
          "--awsRegion=us-east-1", "--endpoint=" + endpoint,
          "--awsCredentialsProvider={\"@type\": \"StaticCredentialsProvider\", \"accessKeyId\": \"" + KEY
              + "\", \"secretAccessKey\": \"" + SECRET + "\"}"};

      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int without = ArticlesPipeline.execute(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
      assertThat(without).as("virtual-host style cannot reach a bucket under a plain host name").isNotEqualTo(0);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("--s3PathStyle");

      String[] pathStyle = java.util.Arrays.copyOf(args, args.length + 1);
      pathStyle[args.length] = "--s3PathStyle";
      err.reset();
      int with = ArticlesPipeline.execute(pathStyle, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
      assertThat(with).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(0);
      assertThat(s3.listObjectsV2Paginator(b -> b.bucket("pages").prefix("out/documents/load_date=2026-11-23/"))
          .contents()).anyMatch(o -> o.key().endsWith(".parquet"));
    }
  }

  @Test
  void gs_schemeIsRegistered() {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
    ResourceId id = FileSystems.matchNewResource("gs://some-bucket/dumps/page.txt", false);
    assertThat(id.getScheme()).isEqualTo("gs");
    assertThat(GcsPath.fromUri(id.toString()).getBucket()).isEqualTo("some-bucket");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void gs_missingBucket_isAClearError() throws Exception {
    // A stand-in for the GCS JSON API on loopback that knows no bucket.
    HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    stub.createContext("/", ex -> {
      byte[] body = ("{\"error\": {\"code\": 404, \"message\": \"The specified bucket does not exist.\", \"errors\": "
          + "[{\"reason\": \"notFound\", \"message\": \"The specified bucket does not exist.\"}]}}")
          .getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
      ex.sendResponseHeaders(404, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    stub.start();
    try {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = ArticlesPipeline.execute(new String[] {
          "--inputs=gs://no-such-bucket/dumps/*.txt", "--output=" + tmp.resolve("out"), "--loadDate=2026-11-23",
          "--gcsEndpoint=http://127.0.0.1:" + stub.getAddress().getPort() + "/",
          "--credentialFactoryClass=org.apache.beam.sdk.extensions.gcp.auth.NoopCredentialFactory"},
          new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
      assertThat(code).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("gs://no-such-bucket/dumps/*.txt").contains("no-such-bucket").contains("404");
    } finally {
      stub.stop(0);
    }
  }

  /** Two short invented articles. */
  static final class ArticleText {
    static final String ONE = "Harbourside Times\nHome\nNews\n\nTown opens a new harbour walk\n\nBy Ana Ruiz\n\n"
        + "The harbour walk opened on Saturday after two years of work on the old sea wall, and hundreds of people "
        + "walked its length in the first hour while the town band played near the lifeboat station.\n\n"
        + "The path runs for two kilometres from the ferry pier to the lighthouse and is lit until midnight, the "
        + "council said, adding that benches and shelters will follow in the spring.\n";
    static final String TWO = "Upland Courier\nHome\nSport\n\nMountain race moves to September\n\nBy Jon Bell\n\n"
        + "The annual mountain race will move from June to September next year, organisers said on Monday, "
        + "because the summer heat of the last two races sent several runners to the medical tent.\n\n"
        + "Entries open in March and the course stays the same, climbing nine hundred metres from the village "
        + "square to the summit cairn and back down through the forest.\n";
  }

  /** An in-memory S3-compatible server (S3Proxy) on loopback, and a client of it. */
  private static final class Store implements AutoCloseable {
    final BlobStoreContext context;
    final S3Proxy proxy;
    final String endpoint;
    final S3Client client;

    private Store(BlobStoreContext context, S3Proxy proxy, String endpoint, S3Client client) {
      this.context = context;
      this.proxy = proxy;
      this.endpoint = endpoint;
      this.client = client;
    }

    /** Starts the server; {@code host} is how the job reaches it ({@code 127.0.0.1} or {@code localhost}). */
    static Store start(String host) throws Exception {
      BlobStoreContext ctx = ContextBuilder.newBuilder("transient").credentials(KEY, SECRET).build(BlobStoreContext.class);
      S3Proxy proxy = S3Proxy.builder()
          .blobStore(ctx.getBlobStore())
          .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, KEY, SECRET)
          .endpoint(URI.create("http://127.0.0.1:0"))
          // Beam's S3 file system sends a server-side-encryption header S3Proxy does not know.
          .ignoreUnknownHeaders(true)
          .build();
      proxy.start();
      while (!AbstractLifeCycle.STARTED.equals(proxy.getState())) {
        Thread.sleep(10);
      }
      String endpoint = "http://" + host + ":" + proxy.getPort();
      S3Client client = S3Client.builder()
          .endpointOverride(URI.create(endpoint))
          .region(Region.US_EAST_1)
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY, SECRET)))
          .forcePathStyle(true)
          .build();
      return new Store(ctx, proxy, endpoint, client);
    }

    @Override
    public void close() throws Exception {
      client.close();
      proxy.stop();
      context.close();
    }
  }
}
