package io.chromeless.read;

import org.apache.beam.sdk.io.aws2.options.S3ClientBuilderFactory;
import org.apache.beam.sdk.io.aws2.options.S3Options;
import org.apache.beam.sdk.io.aws2.s3.DefaultS3ClientBuilderFactory;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Beam's S3 client, addressing buckets by path ({@code http://host:9000/bucket/key}) instead of
 * by host name ({@code http://bucket.host:9000/key}). S3-compatible stores reached through a plain
 * host name (MinIO, Ceph RGW on {@code minio.internal}) have no per-bucket DNS names; the job's
 * {@code --s3PathStyle} sets this factory as Beam's {@code --s3ClientFactoryClass}. Everything
 * else (credentials, region, endpoint) is Beam's default.
 */
public final class PathStyleS3ClientBuilderFactory implements S3ClientBuilderFactory {
  @Override
  public S3ClientBuilder createBuilder(S3Options options) {
    return new DefaultS3ClientBuilderFactory().createBuilder(options).forcePathStyle(true);
  }
}
