package io.chromeless.group;

import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Connected components of an edge list: every page with an edge, mapped to its component's root
 * (the smallest doc id in it). This version unions the edges on one worker (a single-key
 * GroupByKey), which holds while the duplicate edges of a run fit in one worker's memory.
 */
final class ConnectedComponents extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, String>>> {
  static ConnectedComponents create() {
    return new ConnectedComponents();
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<KV<String, String>> edges) {
    return edges
        .apply("OneKey", WithKeys.<Integer, KV<String, String>>of(0).withKeyType(TypeDescriptors.integers()))
        .apply("AllEdges", GroupByKey.create())
        .apply("UnionFind", ParDo.of(new UnionFindFn()));
  }

  static final class UnionFindFn extends DoFn<KV<Integer, Iterable<KV<String, String>>>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, String>>> all, OutputReceiver<KV<String, String>> out) {
      UnionFind uf = new UnionFind();
      for (KV<String, String> e : all.getValue()) {
        uf.union(e.getKey(), e.getValue());
      }
      for (Map.Entry<String, String> r : uf.roots().entrySet()) {
        out.output(KV.of(r.getKey(), r.getValue()));
      }
    }
  }
}
