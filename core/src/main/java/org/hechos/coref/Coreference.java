package org.hechos.coref;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hechos.Stage;

/** Coreference: aliases of names, descriptions, groups. Dropped subjects are resolved with relations. */
public final class Coreference {

  private Coreference() {}

  /**
   * The coreference stages, in order.
   *
   * @param titles the title lexicon, shared with relation extraction
   * @param demonyms maps a lowercase demonym adjective ("ruso") to its country name ("Rusia")
   * @param longForms maps an acronym ("ONU") to its long form ("Organización de las Naciones Unidas")
   */
  public static List<Stage> spanish(TitleLexicon titles, Function<String, Optional<String>> demonyms,
      Function<String, Optional<String>> longForms) {
    return List.of(new AliasCoref(longForms),
        new NominalCoref(new TitlePhrases(titles, demonyms), GroupLexicon.load(titles), PlaceDescriptions.load(),
            longForms));
  }
}
