package org.hechos.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hechos.Document;
import org.hechos.Stage;
import org.hechos.text.Edit;
import org.hechos.text.RepairedText;

/**
 * The repair stage: joins wrapped lines, puts back lost line breaks, drops noise, then splits glued words in the text that
 * remains. All edits are made against the original text, so the clean text maps back to it
 * exactly; in the clean text every line break ends a sentence.
 */
final class WhitespaceRepair implements Stage {

  private final LineBreaks lineBreaks;
  private final LostLineBreaks lostLineBreaks;
  private final NoiseFilter noise;
  private final GluedWordRepair glue;

  WhitespaceRepair(LineBreaks lineBreaks, LostLineBreaks lostLineBreaks, NoiseFilter noise, GluedWordRepair glue) {
    this.lineBreaks = lineBreaks;
    this.lostLineBreaks = lostLineBreaks;
    this.noise = noise;
    this.glue = glue;
  }

  @Override
  public Document apply(Document in) {
    return in.withText(repair(in.original()));
  }

  RepairedText repair(String original) {
    LineBreaks.Lines lines = lostLineBreaks.read(original, lineBreaks.read(original));
    List<Edit> noiseEdits = noise.edits(original, lines.lines());
    List<Edit> all = new ArrayList<>(glue.edits(original, noiseEdits));
    all.addAll(noiseEdits);
    int n = 0;
    for (Edit edit : lines.edits()) {   // both lists are sorted; a line break inside removed noise goes with it
      while (n < noiseEdits.size() && noiseEdits.get(n).span().end() <= edit.span().begin()) {
        n++;
      }
      if (n == noiseEdits.size() || !noiseEdits.get(n).span().overlaps(edit.span())) {
        all.add(edit);
      }
    }
    all.sort(Comparator.comparingInt(edit -> edit.span().begin()));
    return RepairedText.apply(original, all);
  }
}
