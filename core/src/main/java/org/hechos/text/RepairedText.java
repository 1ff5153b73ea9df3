package org.hechos.text;

import com.google.common.base.Preconditions;
import java.util.List;
import java.util.Objects;

/**
 * The clean text that repair produced, with its map back to the original and the edits that made
 * it. Immutable.
 */
public record RepairedText(String original, String clean, OffsetMap offsets, List<Edit> edits) {

  public RepairedText {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(clean, "clean");
    Objects.requireNonNull(offsets, "offsets");
    edits = List.copyOf(edits);
  }

  /** The text as it came, with nothing changed. */
  public static RepairedText unchanged(String original) {
    return new RepairedText(original, original, OffsetMap.identity(), List.of());
  }

  /**
   * Applies {@code edits} (sorted, not overlapping) to {@code original}.
   *
   * <p>An edit whose replacement only adds spaces to the original slice ("realizóuna" -> "realizó
   * una") maps every kept character to itself and each inserted space to the character after it;
   * any other edit maps its whole replacement to the start of the original range.
   */
  public static RepairedText apply(String original, List<Edit> edits) {
    StringBuilder clean = new StringBuilder(original.length() + 16);
    OffsetMap.Builder offsets = new OffsetMap.Builder();
    int copied = 0;
    for (Edit edit : edits) {
      Span span = edit.span();
      Preconditions.checkArgument(span.begin() >= copied, "edits overlap or are unsorted at %s", span);
      Preconditions.checkArgument(
          edit.original().equals(span.in(original)), "edit %s does not match the text", edit);
      clean.append(original, copied, span.begin());
      String replacement = edit.replacement();
      if (onlyInsertsSpaces(edit.original(), replacement)) {
        int originalAt = span.begin();
        for (int i = 0; i < replacement.length(); i++) {
          if (originalAt < span.end() && replacement.charAt(i) == original.charAt(originalAt)) {
            clean.append(replacement.charAt(i));
            originalAt++;
          } else {
            clean.append(replacement.charAt(i));
            offsets.add(clean.length(), originalAt - clean.length());
          }
        }
      } else {
        clean.append(replacement);
        offsets.add(clean.length(), span.end() - clean.length());
      }
      copied = span.end();
    }
    clean.append(original, copied, original.length());
    return new RepairedText(original, clean.toString(), offsets.build(), edits);
  }

  private static boolean onlyInsertsSpaces(String before, String after) {
    return after.length() > before.length() && after.replace(" ", "").equals(before.replace(" ", ""))
        && !before.isEmpty();
  }

  /** Maps the clean range {@code [begin, end)} to the original. */
  public Span toOriginal(int cleanBegin, int cleanEnd) {
    return offsets.toOriginal(cleanBegin, cleanEnd);
  }
}
