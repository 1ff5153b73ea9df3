package org.hechos.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.hechos.Document;
import org.junit.jupiter.api.Test;

/**
 * Names that agency news writes every day must pass through glued-word repair unchanged: people
 * whose surnames end in what reads as a Spanish word ("Leyen", "Bardella", "Hasina"), particles
 * ("von der", "da", "bin"), cities, countries and organizations. Each stands before a lowercase
 * word, where a split is tried, once in a sentence and repeated in a short article.
 */
class AgencyNamesRepairTest {

  private static final List<String> SENTENCES = List.of(
      "La presidenta de la Comisión Europea, Ursula von der Leyen, llegó ayer a Kiev.",
      "El presidente austriaco, Alexander Van der Bellen, afirmó que no firmará la ley.",
      "El presidente ucraniano, Volodímir Zelenski, pidió más defensas antiaéreas.",
      "La jefa de la diplomacia europea, Kaja Kallas, viajó a Pekín.",
      "El presidente brasileño, Luiz Inácio Lula da Silva, recibió a su homólogo.",
      "La presidenta mexicana, Claudia Sheinbaum, anunció un nuevo plan de seguridad.",
      "El presidente salvadoreño, Nayib Bukele, inauguró una cárcel.",
      "El presidente marfileño, Alassane Ouattara, se reunió con Bola Tinubu en Abuya.",
      "El canciller indio, Subrahmanyam Jaishankar, se entrevistó con Wang Yi en Nueva Delhi.",
      "Según Serguéi Lavrov, las conversaciones con Recep Tayyip Erdogan fueron útiles.",
      "El secretario general de la ONU, António Guterres, condenó el ataque.",
      "Josep Borrell y José Manuel Albares defendieron el acuerdo en Bruselas.",
      "Gustavo Petro y Gabriel Boric firmaron una declaración conjunta en Bogotá.",
      "El primer ministro senegalés, Ousmane Sonko, y el ministro Amadou Ndiaye viajaron a Dakar.",
      "El presidente de Francia, Emmanuel Macron, dijo que Marine Le Pen perdió apoyos.",
      "El líder del partido, Jordan Bardella, pidió elecciones anticipadas.",
      "La ex primera ministra de Bangladés, Sheikh Hasina, huyó a la India.",
      "El príncipe heredero saudí, Mohamed bin Salmán, recibió a Tamim bin Hamad al Thani en Riad.",
      "El presidente de Portugal, Marcelo Rebelo de Sousa, visitó Luanda.",
      "La ex presidenta argentina Cristina Fernández de Kirchner declaró ante el juez.",
      "El primer ministro belga, Bart De Wever, presentó su Gobierno.",
      "El presidente de Burkina Faso, Ibrahim Traoré, expulsó a los diplomáticos en Uagadugú.",
      "Javier Milei, Daniel Noboa y Yamandú Orsi asistieron a la cumbre de Mercosur en Montevideo.",
      "El presidente chino, Xi Jinping, recibió en Pekín a Anwar Ibrahim.",
      "El primer ministro israelí, Benjamín Netanyahu, rechazó la propuesta de Mahmud Abás.",
      "El director general de la OMS, Tedros Adhanom Ghebreyesus, visitó Yamena.",
      "La directora gerente del FMI, Kristalina Georgieva, llegó a Yakarta.",
      "La cumbre de la ASEAN en Kuala Lumpur terminó sin acuerdo.",
      "Los ministros de la OTAN se reunieron en Kazajistán y Uzbekistán.",
      "El presidente de Kenia, William Ruto, viajó a Adís Abeba y Jartum.",
      "El presidente ruso, Vladímir Putin, recibió a Alexandr Lukashenko en el Kremlin.",
      "El presidente iraní, Masud Pezeshkian, habló con Alí Jamenei en Teherán.",
      "El primer ministro japonés, Shigeru Ishiba, se reunió con Yoon Suk Yeol en Seúl.",
      "El primer ministro vietnamita, Pham Minh Chinh, llegó a Hanói.",
      "El ministro de Economía, Carlos Cuerpo, y la vicepresidenta Teresa Ribera presentaron el plan.",
      "El presidente de Guatemala, Bernardo Arévalo, se reunió con Xiomara Castro en Tegucigalpa.",
      "El primer ministro húngaro, Viktor Orbán, bloqueó la ayuda pactada en Bruselas.",
      "La presidenta de Moldavia, Maia Sandu, denunció injerencias en Chisináu.",
      "El presidente azerbaiyano, Ilham Alíyev, y Nikol Pashinián firmaron la paz.",
      "Las milicias de Hamás y de Hezbolá atacaron desde Gaza y el Líbano.",
      "El director del OIEA, Rafael Grossi, visitó la central de Zaporiyia.",
      "Frontex y Europol detuvieron a una red de traficantes en Libia.");

  private static String repaired(String text) {
    return Seeds.REPAIR.apply(Document.of(text)).text().clean();
  }

  @Test
  void namesOfAgencyNewsStayWholeInASentence() {
    List<String> changed = SENTENCES.stream().filter(s -> !repaired(s).equals(s)).map(AgencyNamesRepairTest::repaired)
        .collect(Collectors.toList());
    assertThat(changed).isEmpty();
  }

  @Test
  void namesOfAgencyNewsStayWholeWhenTheArticleRepeatsThem() {
    // repeated, a capitalized run reads as a name of the article unless it splits as glued phrases do
    String article = String.join(" ", SENTENCES) + " " + String.join(" ", SENTENCES);
    assertThat(repaired(article)).isEqualTo(article);
  }
}
