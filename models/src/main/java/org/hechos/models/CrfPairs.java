package org.hechos.models;

import edu.stanford.nlp.util.Index;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The feature numbers of the templates that join two or three tokens, found without building most
 * of their names.
 *
 * <p>Templates with a word ({@code -PW_CTYPE}, {@code -NW_CTYPE}, {@code -PPW_CTYPE},
 * {@code -NNW_CTYPE}, {@code -PSEQW2}): the model knows few word pairs, so each word carries
 * {@link #roles} bits saying in which template and side it occurs at all; the name is built and
 * looked up only when both sides can match. Templates of shapes and clusters ({@code -PCTYPE},
 * {@code -CNTYPE}, {@code -PCNTYPE}, {@code -TYPES}, {@code -PSEQpcDS}) have few distinct values:
 * they are numbered ({@link #symbol}) and each combination's lookup is remembered.
 *
 * <p>Thread-safe (concurrent maps; the role sets are read-only after construction). Bounded:
 * at most {@link #MAX_SYMBOLS} numbered values (~6 MB) and {@link #MAX_REMEMBERED} remembered
 * lookups (~10 MB); beyond that names are built and looked up every time. The role sets hold
 * the words of the model's feature names (~2 MB).
 */
final class CrfPairs {

  static final int ROLE_PW_CTYPE = 1;
  static final int ROLE_NW_CTYPE = 2;
  static final int ROLE_PPW_CTYPE = 4;
  static final int ROLE_NNW_CTYPE = 8;
  static final int ROLE_PSEQW2_PREVIOUS = 16;
  static final int ROLE_PSEQW2_CURRENT = 32;

  /** Shapes and clusters numbered (ids below 2^20: three pack into a long with a template). */
  static final int MAX_SYMBOLS = 1 << 16;
  static final int MAX_REMEMBERED = 1 << 17;

  /**
   * No key: only 2^63 maps to it, and no packed key reaches 2^63 (templates are below 8).
   */
  private static final long NO_KEY = Long.MIN_VALUE;

  private static final long PCTYPE = 1;
  private static final long CNTYPE = 2;
  private static final long PCNTYPE = 3;
  private static final long TYPES = 4;
  private static final long PSEQPCDS = 5;

  private final Index<String> index;
  private final Set<String> pwCtype = new HashSet<>();
  private final Set<String> nwCtype = new HashSet<>();
  private final Set<String> ppwCtype = new HashSet<>();
  private final Set<String> nnwCtype = new HashSet<>();
  private final Set<String> pseqw2Previous = new HashSet<>();
  private final Set<String> pseqw2Current = new HashSet<>();
  private final ConcurrentHashMap<String, Integer> symbols = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Long, Integer> remembered = new ConcurrentHashMap<>();

  /** Reads which words occur in which word template (one pass over the feature names). */
  CrfPairs(Index<String> index) {
    this.index = index;
    for (String name : index) {
      if (name.endsWith("_CTYPE|C")) {
        sides(name, "-PW_CTYPE|C", "...", pwCtype, null);
        sides(name, "-NW_CTYPE|C", "...", null, nwCtype);
        sides(name, "-PPW_CTYPE|C", "...", ppwCtype, null);
        sides(name, "-NNW_CTYPE|C", "...", nnwCtype, null);
      } else {
        sides(name, "-PSEQW2|CpC", "-", pseqw2Previous, pseqw2Current);
      }
    }
  }

  /**
   * Adds the left and right parts of a name of the template: every split at the separator, since
   * words may contain it (a superset is harmless: it only lets a lookup through).
   */
  private static void sides(String name, String template, String separator, Set<String> left,
      Set<String> right) {
    if (!name.endsWith(template)) {
      return;
    }
    String core = name.substring(0, name.length() - template.length());
    for (int at = core.indexOf(separator); at >= 0; at = core.indexOf(separator, at + 1)) {
      if (left != null) {
        left.add(core.substring(0, at));
      }
      if (right != null) {
        right.add(core.substring(at + separator.length()));
      }
    }
  }

  /** The {@code ROLE_} bits of a word. */
  int roles(String word) {
    return (pwCtype.contains(word) ? ROLE_PW_CTYPE : 0)
        | (nwCtype.contains(word) ? ROLE_NW_CTYPE : 0)
        | (ppwCtype.contains(word) ? ROLE_PPW_CTYPE : 0)
        | (nnwCtype.contains(word) ? ROLE_NNW_CTYPE : 0)
        | (pseqw2Previous.contains(word) ? ROLE_PSEQW2_PREVIOUS : 0)
        | (pseqw2Current.contains(word) ? ROLE_PSEQW2_CURRENT : 0);
  }

  /** A number for a shape or cluster, or -1 once {@link #MAX_SYMBOLS} are numbered. */
  int symbol(String value) {
    Integer id = symbols.get(value);
    if (id != null) {
      return id;
    }
    if (symbols.size() >= MAX_SYMBOLS) {
      return -1;
    }
    synchronized (symbols) {
      return symbols.computeIfAbsent(value, v -> symbols.size());
    }
  }

  /**
   * Adds the node features that join token {@code c} with its neighbours ({@code p2 p c n n2},
   * padding outside the sentence).
   */
  void node(CrfWord p2, CrfWord p, CrfWord c, CrfWord n, CrfWord n2, StringBuilder name,
      FeatureSink out) {
    String shape = c.shape;
    if ((p.roles & ROLE_PW_CTYPE) != 0) {
      out.add(lookup(name, p.text, "...", shape, "-PW_CTYPE|C"));
    }
    if ((n.roles & ROLE_NW_CTYPE) != 0) {
      out.add(lookup(name, shape, "...", n.text, "-NW_CTYPE|C"));
    }
    out.add(remembered(PCTYPE, p.shapeId, c.shapeId, 0, name, p.shape, "...", shape,
        "-PCTYPE|C"));
    out.add(remembered(CNTYPE, c.shapeId, n.shapeId, 0, name, shape, "...", n.shape,
        "-CNTYPE|C"));
    long key = key(PCNTYPE, p.shapeId, c.shapeId, n.shapeId);
    Integer known = key == NO_KEY ? null : remembered.get(key);
    if (known == null) {
      name.setLength(0);
      int id = index.indexOf(name.append(p.shape).append("...").append(shape).append("...")
          .append(n.shape).append("-PCNTYPE|C").toString());
      out.add(remember(key, id));
    } else {
      out.add(known);
    }
    if (p.text.length() <= 3 && (p2.roles & ROLE_PPW_CTYPE) != 0) {
      out.add(lookup(name, p2.text, "...", shape, "-PPW_CTYPE|C"));
    }
    if (n.text.length() <= 3 && (n2.roles & ROLE_NNW_CTYPE) != 0) {
      out.add(lookup(name, n2.text, "...", shape, "-NNW_CTYPE|C"));
    }
  }

  /** The edge features joining {@code c} with the previous token {@code p}. */
  void edge(CrfWord p, CrfWord c, boolean clusters, StringBuilder name, FeatureSink out) {
    if ((p.roles & ROLE_PSEQW2_PREVIOUS) != 0 && (c.roles & ROLE_PSEQW2_CURRENT) != 0) {
      out.add(lookup(name, p.text, "-", c.text, "-PSEQW2|CpC"));
    }
    if (clusters) {
      out.add(remembered(PSEQPCDS, p.clusterId, c.clusterId, 0, name, p.edgeCluster, "-",
          c.edgeCluster, "-PSEQpcDS|CpC"));
    }
    out.add(remembered(TYPES, p.shapeId, c.shapeId, 0, name, p.shape, "-", c.shape,
        "-TYPES|CpC"));
  }

  long remembered() {
    return remembered.size();
  }

  /** The feature of a shape/cluster pair, looked up by name the first time. */
  private int remembered(long template, int a, int b, int c, StringBuilder name, String left,
      String separator, String right, String suffix) {
    long key = key(template, a, b, c);
    Integer known = key == NO_KEY ? null : remembered.get(key);
    return known != null ? known : remember(key, lookup(name, left, separator, right, suffix));
  }

  /** Packs a template and up to three symbols; {@link #NO_KEY} if a symbol has no number. */
  private static long key(long template, int a, int b, int c) {
    if (a < 0 || b < 0 || c < 0) {
      return NO_KEY;
    }
    // Multiplying by an odd constant is a bijection: keys stay distinct, but their low bits (the
    // hash ConcurrentHashMap uses) now depend on all three symbols.
    return (template << 60 | (long) a << 40 | (long) b << 20 | c) * 0x9E3779B97F4A7C15L;
  }

  private int remember(long key, int id) {
    if (key != NO_KEY && remembered.size() < MAX_REMEMBERED) {
      remembered.put(key, id);
    }
    return id;
  }

  private int lookup(StringBuilder name, String left, String separator, String right,
      String suffix) {
    name.setLength(0);
    return index.indexOf(name.append(left).append(separator).append(right).append(suffix)
        .toString());
  }
}
