package io.chromeless.group;

import java.util.HashMap;
import java.util.Map;

/**
 * Connected components of an edge list, with path halving and union by smaller id, so each
 * component's root is its smallest member id: the same input in any order gives the same roots.
 */
public final class UnionFind {
  private final Map<String, String> parent = new HashMap<>();

  public void union(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    if (ra.equals(rb)) {
      return;
    }
    if (ra.compareTo(rb) < 0) {
      parent.put(rb, ra);
    } else {
      parent.put(ra, rb);
    }
  }

  public String find(String x) {
    parent.putIfAbsent(x, x);
    String cur = x;
    while (true) {
      String p = parent.get(cur);
      if (p.equals(cur)) {
        return cur;
      }
      String gp = parent.get(p);
      parent.put(cur, gp);
      cur = gp;
    }
  }

  /** Every id seen, mapped to the smallest id of its component. */
  public Map<String, String> roots() {
    Map<String, String> out = new HashMap<>();
    for (String x : parent.keySet().toArray(new String[0])) {
      out.put(x, find(x));
    }
    return out;
  }
}
