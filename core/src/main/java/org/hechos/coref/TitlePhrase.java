package org.hechos.coref;

import java.util.List;
import java.util.Optional;
import org.hechos.text.Mention;

/**
 * A title with what the sentence attaches to it: "el ministro de Relaciones Exteriores de Vietnam,
 * Bui Thanh Son" or "Dmitry Medvedev, presidente del partido Rusia Unida".
 *
 * @param begin first token, including a leading determiner or possessive
 * @param titleBegin first token of the title itself
 * @param titleEnd end (exclusive) of the title and its demonym adjective
 * @param end end (exclusive) of the phrase: title, demonym and the "de ..." chain
 * @param holder the person named in apposition, if any
 * @param attached organization and location names in the "de ..." chain, in order
 * @param country the country its demonym adjective names ("ruso" gives "Rusia"), if any
 * @param elided true for a later pair of a plural title's list, which shares the title: "los
 *     cancilleres de Jamaica, X; de Barbados, Y" gives a phrase for Barbados and Y; {@code begin}
 *     is then its "de"
 */
public record TitlePhrase(
    int sentence,
    int begin,
    int titleBegin,
    int titleEnd,
    int end,
    TitleLexicon.Match title,
    Optional<Mention> holder,
    List<Mention> attached,
    Optional<String> country,
    boolean plural,
    boolean elided) {

  public TitlePhrase {
    attached = List.copyOf(attached);
  }
}
