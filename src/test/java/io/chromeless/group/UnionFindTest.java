package io.chromeless.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnionFindTest {
  @Test
  void roots_areSmallestMember_whateverTheEdgeOrder() {
    List<String[]> edges = new ArrayList<>();
    edges.add(new String[] {"e", "d"});
    edges.add(new String[] {"d", "c"});
    edges.add(new String[] {"x", "y"});
    edges.add(new String[] {"c", "b"});
    for (long seed = 0; seed < 20; seed++) {
      List<String[]> shuffled = new ArrayList<>(edges);
      Collections.shuffle(shuffled, new Random(seed));
      UnionFind uf = new UnionFind();
      shuffled.forEach(e -> uf.union(e[0], e[1]));
      Map<String, String> roots = uf.roots();
      assertThat(roots).containsEntry("e", "b").containsEntry("c", "b").containsEntry("b", "b");
      assertThat(roots).containsEntry("y", "x").containsEntry("x", "x");
    }
  }
}
