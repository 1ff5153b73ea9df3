package org.hechos.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A dependency tree over the tokens of one sentence, in Universal Dependencies relations: for each
 * token its head token (-1 for the root), its relation to that head and its universal part of
 * speech. A token that the parser read as several syntactic words ("del" = "de" + "el") takes the
 * word of the group whose head lies outside it. {@link #NONE} is the tree of a sentence not parsed.
 *
 * <p>The tree also keeps the parse it was folded from, over the sentence's syntactic {@link
 * #words()}, as CoNLL-U writes it: the words of a parsed sentence, in order, each with its token.
 */
public final class DependencyTree {

  /** The tree of a sentence that was not parsed: no tokens. */
  public static final DependencyTree NONE = new DependencyTree(new int[0], new String[0], new String[0], List.of());

  private final int[] heads;
  private final String[] relations;
  private final String[] upos;
  private final List<Word> words;

  private DependencyTree(int[] heads, String[] relations, String[] upos, List<Word> words) {
    this.heads = heads;
    this.relations = relations;
    this.upos = upos;
    this.words = words;
  }

  /**
   * A tree of {@code heads.length} tokens built by hand, without the words of a parse: {@link
   * #words()} is empty.
   *
   * @throws IllegalArgumentException if the arrays differ in length or a head is out of range
   */
  public static DependencyTree of(int[] heads, String[] relations, String[] upos) {
    return of(heads, relations, upos, List.of());
  }

  /**
   * A tree of {@code heads.length} tokens folded from the parse of {@code words}.
   *
   * @throws IllegalArgumentException if the arrays differ in length, a head is out of range, or a
   *     word's token or head is out of range or the words go back in the tokens
   */
  public static DependencyTree of(int[] heads, String[] relations, String[] upos, List<Word> words) {
    Objects.requireNonNull(heads, "heads");
    if (relations.length != heads.length || upos.length != heads.length) {
      throw new IllegalArgumentException("heads, relations and upos differ in length");
    }
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] < -1 || heads[i] >= heads.length || heads[i] == i) {
        throw new IllegalArgumentException("token " + i + " has head " + heads[i]);
      }
      Objects.requireNonNull(relations[i], "relation");
      Objects.requireNonNull(upos[i], "upos");
    }
    for (int w = 0; w < words.size(); w++) {
      Word word = words.get(w);
      int previousToken = w == 0 ? 0 : words.get(w - 1).token();
      if (word.token() >= heads.length || word.token() < previousToken || word.head() >= words.size() || word.head() == w) {
        throw new IllegalArgumentException("word " + w + " " + word + " in a tree of " + heads.length + " tokens");
      }
    }
    return new DependencyTree(heads.clone(), relations.clone(), upos.clone(), List.copyOf(words));
  }

  /** The number of tokens; 0 for {@link #NONE}. */
  public int size() {
    return heads.length;
  }

  /**
   * The syntactic words the parser read, in order, with their heads and relations (word indices);
   * empty for {@link #NONE} and for a tree built by hand from tokens alone.
   */
  public List<Word> words() {
    return words;
  }

  public boolean isParsed() {
    return heads.length > 0;
  }

  /** The head token of {@code token}, -1 for the root. */
  public int head(int token) {
    return heads[token];
  }

  /** The relation of {@code token} to its head, without subtype: "obl" for "obl:agent". */
  public String relation(int token) {
    String relation = relations[token];
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** The relation of {@code token} to its head with its subtype: "obl:agent", "nsubj:pass". */
  public String fullRelation(int token) {
    return relations[token];
  }

  public String upos(int token) {
    return upos[token];
  }

  /** The tokens whose head is {@code token}, in order. */
  public List<Integer> children(int token) {
    List<Integer> children = new ArrayList<>();
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] == token) {
        children.add(i);
      }
    }
    return children;
  }

  /** The children of {@code token} whose relation (without subtype) is {@code relation}. */
  public List<Integer> children(int token, String relation) {
    List<Integer> found = new ArrayList<>();
    for (int child : children(token)) {
      if (relation(child).equals(relation)) {
        found.add(child);
      }
    }
    return found;
  }

  /** True if {@code ancestor} dominates {@code token} (a token dominates itself). */
  public boolean dominates(int ancestor, int token) {
    for (int t = token; t >= 0; t = heads[t]) {
      if (t == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The first and last token (inclusive) of the subtree of {@code token}. */
  public int[] yield(int token) {
    int first = token;
    int last = token;
    for (int i = 0; i < heads.length; i++) {
      if (dominates(token, i)) {
        first = Math.min(first, i);
        last = Math.max(last, i);
      }
    }
    return new int[] {first, last};
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DependencyTree t && Arrays.equals(heads, t.heads)
        && Arrays.equals(relations, t.relations) && Arrays.equals(upos, t.upos) && words.equals(t.words);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(heads) * 31 + Arrays.hashCode(relations);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("DependencyTree[");
    for (int i = 0; i < heads.length; i++) {
      s.append(i == 0 ? "" : " ").append(i).append("<-").append(relations[i]).append('-').append(heads[i]);
    }
    return s.append(']').toString();
  }
}
