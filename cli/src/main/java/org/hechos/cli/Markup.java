package org.hechos.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hechos.text.Span;

/**
 * Well-formed markup over a text from ranges that may overlap or cross. Ranges are nested by rank:
 * a range of lower rank (outer) is never cut; a range of higher rank that crosses the boundary of
 * an outer one, or covers a whole outer one, is cut into pieces, each carrying the same tag. So
 * {@code [sentence: [name: ]]} nests as written, and a glued-word edit {@code "Rusiavivan"} that
 * crosses the name {@code "Rusia"} becomes two pieces:
 *
 * <pre>
 *   text     ... en Rusiavivan, ...
 *   name        [Rusia]              rank 2
 *   glued       [Rusia|vivan]        rank 4, cut at the name's end
 *   markup   &lt;n&gt;&lt;g&gt;Rusia&lt;/g&gt;&lt;/n&gt;&lt;g&gt;vivan&lt;/g&gt;
 * </pre>
 *
 * Text is sliced from the Java string at UTF-16 offsets, the unit of {@link Span}, and escaped.
 */
final class Markup {

  /** One range to mark: {@code open} is a complete start tag, already escaped; {@code close} its end tag. */
  record Range(Span span, int rank, String open, String close) {
    Range {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(open, "open");
      Objects.requireNonNull(close, "close");
    }
  }

  private static final class Node {
    final Range range;
    final int begin;
    final int end;
    final List<Node> children = new ArrayList<>();

    Node(Range range, int begin, int end) {
      this.range = range;
      this.begin = begin;
      this.end = end;
    }
  }

  private Markup() {}

  /** The escaped text with every range marked; ranges past the end of the text or empty are left out. */
  static String render(String text, List<Range> ranges) {
    Node root = new Node(null, 0, text.length());
    List<Range> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingInt(Range::rank).thenComparing(Range::span));
    for (Range r : sorted) {
      int begin = r.span().begin();
      int end = Math.min(r.span().end(), text.length());
      if (begin < end) {
        insert(root, r, begin, end);
      }
    }
    StringBuilder out = new StringBuilder(text.length() * 2);
    write(text, root, out);
    return out.toString();
  }

  /** Inserts {@code [begin, end)} of {@code r} below {@code parent}, cut around and into its children. */
  private static void insert(Node parent, Range r, int begin, int end) {
    List<Node> added = new ArrayList<>();
    int at = begin;
    for (Node child : List.copyOf(parent.children)) {
      if (child.begin >= end) {
        break; // children are sorted and do not overlap
      }
      if (child.end <= at) {
        continue;
      }
      if (at < child.begin) {
        added.add(new Node(r, at, child.begin));
      }
      insert(child, r, Math.max(at, child.begin), Math.min(end, child.end));
      at = Math.min(end, child.end);
    }
    if (at < end) {
      added.add(new Node(r, at, end));
    }
    parent.children.addAll(added);
    parent.children.sort(Comparator.comparingInt((Node n) -> n.begin));
  }

  private static void write(String text, Node node, StringBuilder out) {
    if (node.range != null) {
      out.append(node.range.open());
    }
    int at = node.begin;
    for (Node child : node.children) {
      Html.escape(text, at, child.begin, out);
      write(text, child, out);
      at = child.end;
    }
    Html.escape(text, at, node.end, out);
    if (node.range != null) {
      out.append(node.range.close());
    }
  }
}
