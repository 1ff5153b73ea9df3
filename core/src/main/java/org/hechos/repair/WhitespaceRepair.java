package org.hechos.repair;

import java.util.ArrayList;
import java.util.List;
import org.hechos.Document;
import org.hechos.Stage;
import org.hechos.text.Edit;
import org.hechos.text.RepairedText;

/**
 * The repair stage: drops noise lines, then splits glued words in the lines that remain. All edits
 * are made against the original text, so the clean text maps back to it exactly.
 */
final class WhitespaceRepair implements Stage {

  private final NoiseFilter noise;
  private final GluedWordRepair glue;

  WhitespaceRepair(NoiseFilter noise, GluedWordRepair glue) {
    this.noise = noise;
    this.glue = glue;
  }

  @Override
  public Document apply(Document in) {
    return in.withText(repair(in.original()));
  }

  RepairedText repair(String original) {
    List<Edit> noiseEdits = noise.edits(original);
    List<Edit> glueEdits = glue.edits(original, noiseEdits);
    List<Edit> all = new ArrayList<>(noiseEdits.size() + glueEdits.size());
    int g = 0;
    for (Edit edit : noiseEdits) {   // both lists are sorted and never overlap: merge them
      while (g < glueEdits.size() && glueEdits.get(g).span().begin() < edit.span().begin()) {
        all.add(glueEdits.get(g++));
      }
      all.add(edit);
    }
    all.addAll(glueEdits.subList(g, glueEdits.size()));
    return RepairedText.apply(original, all);
  }
}
