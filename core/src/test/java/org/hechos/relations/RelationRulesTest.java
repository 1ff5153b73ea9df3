package org.hechos.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hechos.Agreement;
import org.hechos.Extraction;
import org.hechos.Fact;
import org.hechos.FactType;
import org.hechos.Meeting;
import org.hechos.Modality;
import org.hechos.Pipeline;
import org.hechos.Proposal;
import org.hechos.Statement;
import org.hechos.text.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Relation rules on short news sentences: tenses, voice, dropped subjects, groups, modality. */
class RelationRulesTest {

  private static Pipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = org.hechos.SpanishPipeline.get();
  }

  private static List<String> facts(String text) {
    Extraction x = pipeline.extract(text);
    return x.facts().stream().map(RelationRulesTest::describe).toList();
  }

  private static String describe(Fact f) {
    return f.type() + "(" + f.agent().map(Entity::canonical).orElse("-") + ", "
        + f.target().map(Entity::canonical).orElse("-") + ")";
  }

  @Test
  void reflexiveMeetingTakesTheWithPhraseAsSecondParty() {
    assertThat(facts("El canciller argentino, Martín Sosa, se reunió ayer con su homólogo uruguayo, Pablo Ferreira."))
        .contains("MEETING(Martín Sosa, Pablo Ferreira)");
  }

  @Test
  void receptionObjectMayStandAfterAMannerPhraseAndAnAdjective() {
    assertThat(facts("La presidenta del Senado, Laura Gómez, recibió en audiencia a la nueva embajadora de Japón, "
        + "Keiko Sato, quien le entregó una carta."))
        .contains("MEETING(Laura Gómez, Keiko Sato)");
  }

  @Test
  void anInfinitiveOfTimeIsAnEventOfTheMainClausesSubject() {
    assertThat(facts("El canciller Pablo Ferreira habló en Quito. Tras reunirse con la vicecanciller de Chile, Ana Beltrán, "
        + "Ferreira afirmó que ambos países ampliarán el diálogo."))
        .contains("MEETING(Pablo Ferreira, Ana Beltrán)", "STATEMENT(Pablo Ferreira, -)");
    assertThat(facts("La presidenta Rosa Quispe, tras visitar Lima, viajó a Quito."))
        .contains("VISIT(Rosa Quispe, Lima)", "VISIT(Rosa Quispe, Quito)");
  }

  @Test
  void ambosWithAnyPersonNounIsThePairAtHand() {
    assertThat(facts("El canciller Pablo Ferreira conversó con el vicecanciller Omar Haddad. "
        + "Ambos diplomáticos firmaron un plan de trabajo."))
        .contains("AGREEMENT(Pablo Ferreira, Omar Haddad)");
  }

  @Test
  void anAgreementNounIsAFactOnlyAsTheObjectOfALightVerb() {
    assertThat(facts("Los cancilleres Pablo Ferreira y Omar Haddad llegaron a un acuerdo para reabrir los consulados."))
        .contains("AGREEMENT(Pablo Ferreira, Omar Haddad)");
    assertThat(facts("La ministra Ana Beltrán viajó a Rabat para revisar el acuerdo pesquero."))
        .noneMatch(f -> f.startsWith("AGREEMENT"));
  }

  @Test
  void aRelativeClauseOfACommonNounTakesNoDroppedSubject() {
    assertThat(facts("El canciller Pablo Ferreira llegó a Nueva York. La Asamblea aprobó una resolución que exige el fin del bloqueo."))
        .noneMatch(f -> f.startsWith("REQUEST"));
  }

  @Test
  void aDroppedSubjectContinuesTheSubjectOfAVerbThatTriggersNothing() {
    assertThat(facts("La ministra Ana Beltrán llegó ayer a Rabat. Afirmó que la pesca es prioritaria."))
        .contains("STATEMENT(Ana Beltrán, -)");
  }

  @Test
  void aSubjectFollowsItsVerbAfterAnOpeningPrepositionalPhrase() {
    assertThat(facts("La ministra Ana Beltrán presidió la cita. A la reunión asistieron los cancilleres de Chile, "
        + "Pablo Ferreira; de Perú, Omar Haddad, y de Bolivia, Rosa Quispe."))
        .contains("ATTENDANCE(Pablo Ferreira, -)", "ATTENDANCE(Omar Haddad, -)", "ATTENDANCE(Rosa Quispe, -)",
            "ROLE(Pablo Ferreira, Chile)", "ROLE(Omar Haddad, Perú)", "ROLE(Rosa Quispe, Bolivia)")
        .doesNotContain("ATTENDANCE(Ana Beltrán, -)");
    assertThat(facts("En la conferencia participó el secretario general de la Comunidad Andina (CAN), Luis Soto."))
        .contains("PARTICIPATION(Luis Soto, -)").doesNotContain("PARTICIPATION(Comunidad Andina, -)");
  }

  @Test
  void theSubjectOfAnIntransitiveVerbMayFollowItOrARelativeWithAPreposition() {
    assertThat(facts("El embajador Omar Haddad presidió un encuentro con la comunidad, al que asistieron "
        + "la ministra Ana Ruiz y el diputado Luis Soto."))
        .contains("ATTENDANCE(Ana Ruiz, -)", "ATTENDANCE(Luis Soto, -)").doesNotContain("ATTENDANCE(Omar Haddad, -)");
    assertThat(facts("El vicepremier Liu Changming llegó a Brasil. También asistió a la sesión inaugural el gobernador "
        + "del estado de Sao Paulo, Ricardo Nogueira."))
        .contains("ATTENDANCE(Ricardo Nogueira, -)").doesNotContain("ATTENDANCE(Liu Changming, -)");
  }

  @Test
  void aQuotedStatementsSourceMayFollowAPhraseOfPlaceAndAContentMayOpenWithAnAside() {
    assertThat(facts("El vicepremier Liu Changming llegó a Brasil. \"El comercio crecerá\", afirmó en el evento Liu. "
        + "\"Es un socio clave\", dijo el vicepremier."))
        .containsExactly("ROLE(Liu Changming, -)", "VISIT(Liu Changming, Brasil)", "STATEMENT(Liu Changming, -)",
            "STATEMENT(Liu Changming, -)");
    assertThat(facts("El ministro Luis Soto afirmó que, pese a la crisis global, el PIB creció un 5 por ciento."))
        .contains("STATEMENT(Luis Soto, -)");
  }

  @Test
  void aTitleMayNameTwoBodiesAndAContentMayHoldAnAcronym() {
    assertThat(facts("El secretario general Le Quang Vinh invitó al presidente del Frelimo y de Mozambique, "
        + "Joaquim Massingue, a visitar Vietnam."))
        .contains("INVITATION(Le Quang Vinh, Joaquim Massingue)");
    Extraction x = pipeline.extract("El viceministro Dang Minh Phuong informó que la inversión extranjera directa (IED) "
        + "desembolsada en 2025 alcanzó 25.000 millones de dólares.");
    assertThat(x.facts(Statement.class)).singleElement().satisfies(st ->
        assertThat(st.statement()).hasValueSatisfying(c -> assertThat(c.text()).endsWith("25.000 millones de dólares")));
  }

  @Test
  void aVisitNounTakesTheDestinationOfItsVerbOfMotion() {
    assertThat(facts("El vicepremier Liu Changming llegó el domingo a Brasil para una visita oficial."))
        .contains("VISIT(Liu Changming, Brasil)").doesNotContain("VISIT(Liu Changming, -)");
  }

  @Test
  void aSpeakerMayStandBetweenTheVerbAndQueAndWhatAQueClauseReportsIsNoTopic() {
    assertThat(facts("El presidente Rafael Montes llegó a Luanda con el ministro de Comercio, Julián Peña. "
        + "En la sesión, subrayó el ministro cubano que el comercio creció un 17 por ciento."))
        .contains("STATEMENT(Julián Peña, -)");
    assertThat(facts("La subsecretaria Laura Benítez afirmó que Buenos Aires considera a Vietnam un socio. "
        + "Sugirió ampliar el comercio."))
        .contains("STATEMENT(Laura Benítez, -)", "PROPOSAL(Laura Benítez, -)").doesNotContain("STATEMENT(Buenos Aires, -)");
  }

  @Test
  void theSourceOfAReportingVerbMayFollowADateOrCarryARelativeClause() {
    assertThat(facts("El Banco Mundial aprobó un crédito para Perú, informó este miércoles el Ministerio de Economía."))
        .contains("STATEMENT(Ministerio de Economía, -)");
    assertThat(facts("La ministra Ana Beltrán habló. \"No podemos esperar más\", afirmó Rosa Quispe, quien pidió más fondos."))
        .contains("STATEMENT(Rosa Quispe, -)");
  }

  @Test
  void aStatementNeedsContentAndAShortAsideDoesNotHideIt() {
    Extraction x = pipeline.extract("El ministro Omar Haddad señaló, sin embargo, que el plan dependerá del presupuesto.");
    assertThat(x.facts(Statement.class)).singleElement()
        .satisfies(st -> assertThat(st.statement()).hasValueSatisfying(c -> assertThat(c.text()).startsWith("el plan")));
    assertThat(facts("El ministro Omar Haddad recuerda el apoyo de Chile.")).noneMatch(f -> f.startsWith("STATEMENT"));
  }

  @Test
  void aMeetingNeedsTwoSidesAndATripADestination() {
    assertThat(facts("La ministra Ana Beltrán ha recibido el 23 por ciento de los fondos y viajó ayer."))
        .noneMatch(f -> f.startsWith("MEETING") || f.startsWith("VISIT"));
    assertThat(facts("El canciller Omar Haddad llegó a Lima por invitación de su homóloga Ana Beltrán."))
        .contains("VISIT(Omar Haddad, Lima)", "INVITATION(Ana Beltrán, Omar Haddad)");
  }

  @Test
  void anInvitationsPurposeMayFollowTheNamesThatCompleteIt() {
    Extraction x = pipeline.extract("El canciller Omar Haddad transmitió al premier Tran Van Hoa una invitación de la "
        + "presidenta de Chile, Ana Beltrán, para visitar Santiago el próximo año.");
    assertThat(x.facts(org.hechos.Invitation.class)).singleElement().satisfies(i ->
        assertThat(i.content()).hasValueSatisfying(c -> assertThat(c.text()).startsWith("visitar Santiago")));
  }

  @Test
  void theInviteeMayStandBetweenTheVerbAndTheInvitationNoun() {
    assertThat(facts("El canciller Omar Haddad transmitió al premier Tran Van Hoa una invitación de la presidenta "
        + "Ana Beltrán para visitar Lima."))
        .contains("INVITATION(Ana Beltrán, Tran Van Hoa)");
  }

  @Test
  void aTitleReachesItsNameAcrossThePlaceOfThePost() {
    assertThat(facts("El embajador de Vietnam en Argentina, Tran Quoc Khanh, afirmó que el comercio crece."))
        .contains("ROLE(Tran Quoc Khanh, Vietnam)", "STATEMENT(Tran Quoc Khanh, -)");
  }

  @Test
  void aTitleReachesItsNameAcrossAnAcronymAndARegion() {
    assertThat(facts("La representante regional de la Organización Mundial de la Salud (OMS) para América Latina y el Caribe, "
        + "Rosa Quispe, advirtió que el dengue avanza."))
        .contains("ROLE(Rosa Quispe, Organización Mundial de la Salud)", "STATEMENT(Rosa Quispe, -)");
  }

  @Test
  void aMeetingNounTakesTheMainClauseSubjectPastARelativeClauseAndCountsOnce() {
    List<String> facts = facts("El ministro de Relaciones Exteriores de Chile, Pablo Ferreira, llegó a Lima. "
        + "Durante las conversaciones que sostuvieron el martes en la cancillería, Ferreira y su homóloga peruana, "
        + "Ana Beltrán, repasaron la agenda. Tras las conversaciones, ambos cancilleres firmaron un memorando.");
    assertThat(facts).containsOnlyOnce("MEETING(Pablo Ferreira, Ana Beltrán)").contains("AGREEMENT(Pablo Ferreira, Ana Beltrán)");
  }

  @Test
  void aRequestAsksForSomethingPastAnAcronymAndCallingOnSomeoneIsOne() {
    assertThat(facts("La ministra Ana Ruiz pidió al Banco Interamericano de Desarrollo (BID) ampliar los créditos."))
        .contains("REQUEST(Ana Ruiz, Banco Interamericano de Desarrollo)");
    assertThat(facts("El primer ministro Tran Van Hoa llamó a los empresarios a invertir en Laos. Luego llamó a Ana Ruiz."))
        .containsOnlyOnce("REQUEST(Tran Van Hoa, -)");
  }

  @Test
  void aPlaceMayFollowACommonNounThatDescribesIt() {
    assertThat(facts("El primer ministro Tran Van Hoa viajará a la provincia nororiental de Udon Thani."))
        .contains("VISIT(Tran Van Hoa, Udon Thani)");
  }

  @Test
  void theSubjectOfAMeetingComesFirstEvenIfNamedLater() {
    assertThat(facts("El vicepresidente del banco, Luis Mora, firmó el convenio ante la presidenta de Chile, Ana Ruiz. "
        + "Luego la mandataria se reunió con el directivo."))
        .contains("MEETING(Ana Ruiz, Luis Mora)");
  }

  @Test
  void passiveReceptionIsAMeetingOfGuestAndHostInTextOrder() {
    assertThat(facts("La primera ministra de Noruega, Ingrid Dahl, fue recibida en Berlín por el canciller alemán, Klaus Weber."))
        .contains("MEETING(Ingrid Dahl, Klaus Weber)");
  }

  @Test
  void droppedSubjectTakesTheSubjectOfTheSentenceBefore() {
    List<String> facts = facts("La ministra Carmen Ruiz visitó Lima el lunes. Propuso crear un fondo común para la región.");

    assertThat(facts).contains("VISIT(Carmen Ruiz, Lima)", "PROPOSAL(Carmen Ruiz, -)");
  }

  @Test
  void everyTenseOfAVerbTriggersTheSameRule() {
    for (String verb : List.of("propuso", "propone", "ha propuesto", "había propuesto", "propondrá")) {
      assertThat(facts("El presidente Luis Arce " + verb + " ampliar el comercio con Brasil."))
          .as(verb).contains("PROPOSAL(Luis Arce, -)");
    }
  }

  @Test
  void aRelativeClauseBetweenSubjectAndVerbKeepsTheSubject() {
    List<String> facts = facts("El canciller de Senegal, Moussa Ndiaye, que asistió a la cumbre de Abuja, "
        + "propuso crear un fondo regional. La ministra Ana Beltrán, quien llegó el lunes a Lima, anunció un acuerdo.");

    assertThat(facts).contains("ATTENDANCE(Moussa Ndiaye, -)", "PROPOSAL(Moussa Ndiaye, -)", "STATEMENT(Ana Beltrán, -)");
  }

  @Test
  void aNameGovernedByAPrepositionIsNoAntecedentOfQue() {
    List<String> facts = facts("El ministro Luis Vega firmó el acuerdo con Rusia, que propuso ampliar el comercio.");

    assertThat(facts).noneMatch(f -> f.startsWith("PROPOSAL(Rusia"));
  }

  @Test
  void pluralTitleOfListedCountriesStandsForTheirKnownHolders() {
    Extraction x = pipeline.extract("El presidente de Colombia, Iván Duque, llegó a Quito. "
        + "El presidente de Ecuador, Lenín Moreno, lo recibió en el palacio. "
        + "Los presidentes de Colombia y Ecuador acordaron el martes reforzar la cooperación fronteriza.");

    assertThat(x.facts(Agreement.class)).singleElement().satisfies(a -> {
      assertThat(a.parties()).extracting(Entity::canonical).containsExactly("Iván Duque", "Lenín Moreno");
      assertThat(a.agreement()).hasValueSatisfying(c -> assertThat(c.text()).isEqualTo("reforzar la cooperación fronteriza"));
      assertThat(a.date()).hasValueSatisfying(d -> assertThat(d.text()).isEqualTo("el martes"));
    });
  }

  @Test
  void pluralTitleOfCountriesNobodyHoldsYetStandsForTheCountries() {
    Extraction x = pipeline.extract("La ministra Ana Beltrán viajó a Lima. El ministro Moussa Ndiaye habló en Dakar. "
        + "Los presidentes de Colombia y Ecuador acordaron reforzar la cooperación fronteriza.");

    assertThat(x.facts(Agreement.class)).singleElement().satisfies(a ->
        assertThat(a.parties()).extracting(Entity::canonical).containsExactly("Colombia", "Ecuador"));
  }

  @Test
  void ambosAloneIsThePairJustNamedInItsSentence() {
    Extraction x = pipeline.extract("El primer ministro Tran Van Hoa recibió al canciller Hugo Ríos. Tran Van Hoa destacó los lazos. "
        + "Luego Hugo Ríos conversó con la ministra Eva Lind, y ambos firmaron un memorando de entendimiento.");

    assertThat(x.facts(Agreement.class)).singleElement().satisfies(a ->
        assertThat(a.parties()).extracting(Entity::canonical).containsExactly("Hugo Ríos", "Eva Lind"));
  }

  @Test
  void theInviteeOfAnInvitationIsThePersonAfterA() {
    Extraction x = pipeline.extract("El canciller Hugo Ríos llegó a Hanói. El primer ministro Tran Van Hoa lo recibió. "
        + "Ríos transmitió la invitación de la presidenta Ana Beltrán al primer ministro Tran Van Hoa para visitar Chile.");

    assertThat(x.facts(org.hechos.Invitation.class)).singleElement().satisfies(i -> {
      assertThat(i.inviter().canonical()).isEqualTo("Ana Beltrán");
      assertThat(i.invitee()).hasValueSatisfying(e -> assertThat(e.canonical()).isEqualTo("Tran Van Hoa"));
    });
  }

  @Test
  void coordinatedObjectsGiveOneFactEachAndMeetingsTakeThemAll() {
    List<String> facts = facts("El primer ministro Donald Tusk invitó a Emmanuel Macron y a Friedrich Merz a una cumbre. "
        + "Tusk se reunió después con Macron y Merz.");

    assertThat(facts).contains("INVITATION(Donald Tusk, Emmanuel Macron)", "INVITATION(Donald Tusk, Friedrich Merz)");
    assertThat(pipeline.extract("Tusk se reunió con Macron y Merz.").facts(Meeting.class)).singleElement()
        .satisfies(m -> assertThat(m.participants()).extracting(Entity::canonical).containsExactly("Tusk", "Macron", "Merz"));
  }

  @Test
  void expressingThanksIsThanksNotAStatement() {
    List<String> facts = facts("El canciller Hugo Ríos expresó su agradecimiento a la ministra Eva Lind por el apoyo de Suecia.");

    assertThat(facts).contains("THANKS(Hugo Ríos, Eva Lind)").noneMatch(f -> f.startsWith("STATEMENT"));
  }

  @Test
  void pluralTitleStandsForThePeopleHoldingItOrNamedAsCounterparts() {
    Extraction x = pipeline.extract("El canciller Hugo Ríos se reunió con la secretaria general Ana Beltrán. "
        + "Beltrán elogió el plan. Ríos habló después con su homólogo mexicano, Juan Pérez. "
        + "Los cancilleres firmaron un acuerdo de cooperación.");

    assertThat(x.facts(Agreement.class)).singleElement().satisfies(a ->
        assertThat(a.parties()).extracting(Entity::canonical).containsExactly("Hugo Ríos", "Juan Pérez"));
  }

  @Test
  void aBareVisitNounAfterALightVerbIsAVisit() {
    assertThat(facts("La presidenta Dina Boluarte, quien se encuentra de visita en China, habló en Beijing."))
        .contains("VISIT(Dina Boluarte, China)");
    assertThat(facts("El canciller Hugo Ríos está en visita oficial en Chile.")).contains("VISIT(Hugo Ríos, Chile)");
  }

  @Test
  void talksOfAGroupOfTwoAddNoThirdPerson() {
    Extraction x = pipeline.extract("El presidente Xi Jinping recibió a la presidenta Dina Boluarte. "
        + "El ministro Wang Wentao habló con la prensa. Wang Wentao elogió el puerto. "
        + "Tras las conversaciones, ambos presidentes presenciaron la firma de varios acuerdos.");

    assertThat(x.facts(Meeting.class)).extracting(m -> m.participants().stream().map(Entity::canonical).toList())
        .contains(List.of("Xi Jinping", "Dina Boluarte"))
        .noneMatch(p -> p.contains("Wang Wentao"));
  }

  @Test
  void moreAgencyVerbsTriggerTheirFacts() {
    assertThat(facts("El canciller Hugo Ríos exhortó a Rusia a retirar sus tropas.")).contains("REQUEST(Hugo Ríos, Rusia)");
    assertThat(facts("La ministra Eva Lind acudió a la cumbre del G20 en Johannesburgo.")).contains("ATTENDANCE(Eva Lind, -)");
    assertThat(facts("El presidente Luis Arce abogó por ampliar el comercio regional.")).contains("PROPOSAL(Luis Arce, -)");
    assertThat(facts("Hugo Ríos y Eva Lind suscribieron un acuerdo de cooperación.")).contains("AGREEMENT(Hugo Ríos, Eva Lind)");
  }

  @Test
  void aRequestToAnUnnamedAddresseeCarriesOnlyTheInfinitive() {
    Extraction x = pipeline.extract("El canciller Hugo Ríos exhortó a la comunidad internacional a apoyar el plan de paz.");

    assertThat(x.facts(org.hechos.Request.class)).singleElement()
        .satisfies(r -> assertThat(r.request()).hasValueSatisfying(c -> assertThat(c.text()).isEqualTo("apoyar el plan de paz")));
  }

  @Test
  void anAcronymInBracketsEndsNoClause() {
    Extraction x = pipeline.extract("La Unión Europea (UE) y el Mercado Común del Sur (Mercosur) firmaron este viernes "
        + "en Montevideo el acuerdo comercial. El Fondo Monetario Internacional (FMI) pidió a Argentina mantener "
        + "el superávit fiscal, mientras el Banco Mundial aprobó un préstamo.");

    assertThat(x.facts(Agreement.class)).singleElement().satisfies(a -> {
      assertThat(a.parties()).extracting(Entity::canonical).containsExactly("Unión Europea", "Mercado Común del Sur");
      assertThat(a.agreement()).hasValueSatisfying(c -> assertThat(c.text()).isEqualTo("el acuerdo comercial"));
    });
    assertThat(x.facts(org.hechos.Request.class)).singleElement().satisfies(r -> {
      assertThat(r.requester().canonical()).isEqualTo("Fondo Monetario Internacional");
      assertThat(r.request()).hasValueSatisfying(c -> assertThat(c.text()).isEqualTo("mantener el superávit fiscal"));
    });
  }

  @Test
  void withWhomNamesTheSecondPartyAndKeepsTheMainSubject() {
    List<String> facts = facts("La presidenta Claudia Sheinbaum anunció que recibirá el jueves al presidente de Guatemala, "
        + "Bernardo Arévalo, con quien firmará un acuerdo de cooperación fronteriza.");

    assertThat(facts).contains("MEETING(Claudia Sheinbaum, Bernardo Arévalo)", "AGREEMENT(Claudia Sheinbaum, Bernardo Arévalo)");
  }

  @Test
  void pluralTitleOfCountriesNamedLaterStandsForTheFirstPersonNamedForEach() {
    Extraction x = pipeline.extract("Los presidentes de Colombia y Ecuador acordaron reforzar la cooperación fronteriza. "
        + "El mandatario colombiano, Iván Duque, llegó a Quito, donde lo recibió su homólogo ecuatoriano, Lenín Moreno. "
        + "El canciller colombiano, Carlos Holmes, habló con la prensa.");

    assertThat(x.facts(Agreement.class)).singleElement().satisfies(a ->
        assertThat(a.parties()).extracting(Entity::canonical).containsExactly("Iván Duque", "Lenín Moreno"));
  }

  @Test
  void anObjectCliticStandsForThePersonGovernedBeforeIt() {
    assertThat(facts("El presidente Iván Duque agradeció a la presidenta Rosa Quispe la hospitalidad y la invitó a visitar Bogotá."))
        .contains("INVITATION(Iván Duque, Rosa Quispe)");
  }

  @Test
  void aDescriptionWithADemonymSkipsAPersonServingAnotherCountry() {
    Extraction x = pipeline.extract("El secretario general del Partido Comunista, To Lam, habló por teléfono con el presidente "
        + "de Francia, Emmanuel Macron. El líder vietnamita invitó a Macron a visitar Vietnam en 2025 y este aceptó con agrado.");

    assertThat(x.facts(org.hechos.Invitation.class)).singleElement().satisfies(i -> {
      assertThat(i.inviter().canonical()).isEqualTo("To Lam");
      assertThat(i.invitation()).hasValueSatisfying(c -> assertThat(c.text()).isEqualTo("visitar Vietnam en 2025"));
    });
  }

  @Test
  void theChairedEventIsTheEventNounAfterTheTriggerNotANamedAssembly() {
    Extraction x = pipeline.extract("El presidente de la Asamblea Nacional, Tran Thanh Man, presidió la reunión del Comité Permanente.");

    assertThat(x.facts(org.hechos.Chair.class)).singleElement().satisfies(c ->
        assertThat(c.event()).hasValueSatisfying(e -> assertThat(e.text()).isEqualTo("la reunión del Comité Permanente")));
    assertThat(x.facts(Meeting.class)).isEmpty();
  }

  @Test
  void bothSidesAgreeAsTheTwoMostMentionedPeople() {
    Extraction x = pipeline.extract("El presidente de Chile, Andrés Soto, recibió a su homólogo de Perú, Rosa Quispe. "
        + "Soto y Quispe conversaron sobre la frontera. Ambas partes acordaron reabrir el paso de Chacalluta.");

    assertThat(x.facts(Agreement.class)).singleElement().satisfies(a ->
        assertThat(a.parties()).extracting(Entity::canonical).containsExactly("Andrés Soto", "Rosa Quispe"));
  }

  @Test
  void groupStatementGivesOneStatementPerSide() {
    Extraction x = pipeline.extract("El ministro Pedro Gil se reunió con la canciller Eva Lind. "
        + "Ambas partes evaluaron que las relaciones avanzan.");

    assertThat(x.facts(Statement.class)).extracting(s -> s.speaker().canonical())
        .containsExactlyInAnyOrder("Pedro Gil", "Eva Lind");
  }

  @Test
  void negationAndFutureAreKeptAsModality() {
    Extraction x = pipeline.extract("El ministro Jorge Paz no firmó el acuerdo. La ministra Ana Vidal va a visitar Quito.");

    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.AGREEMENT)
        .singleElement().extracting(Fact::modality).isEqualTo(Modality.NEGATED);
    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.VISIT)
        .singleElement().extracting(Fact::modality).isEqualTo(Modality.FUTURE);
  }

  @Test
  void relativeClauseSubjectIsItsAntecedent() {
    Extraction x = pipeline.extract("El ministro Tomás Rey habló con la presidenta Rosa Quispe, quien propuso reabrir la frontera.");

    assertThat(x.facts(Proposal.class)).singleElement()
        .satisfies(p -> assertThat(p.proposer().canonical()).isEqualTo("Rosa Quispe"));
  }

  @Test
  void meetingWithoutSecondPartyNamedTakesTheCounterpart() {
    Extraction x = pipeline.extract("El canciller Hugo Lara invitó al ministro Iván Petrov a Caracas. "
        + "En la reunión celebrada el martes, Lara afirmó que la cooperación crece.");

    assertThat(x.facts(Meeting.class)).singleElement().satisfies(m ->
        assertThat(m.participants()).extracting(Entity::canonical).containsExactly("Hugo Lara", "Iván Petrov"));
  }

  @Test
  void commonNounSubjectIsNotReplacedByAnEarlierName() {
    Extraction x = pipeline.extract("El canciller Diego Ferrer viajará a La Paz. "
        + "La oposición criticó el plan y pidió al Congreso que investigue los contratos.");

    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.REQUEST).isEmpty();
    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.VISIT).singleElement()
        .extracting(Fact::modality).isEqualTo(Modality.FUTURE);
  }

  @Test
  void reportingVerbAfterACommaTakesTheSourceAfterIt() {
    List<String> facts = facts("El ministro Pedro Gil visitó Quito. "
        + "La delegación asistirá mañana a la feria, informó el portavoz del ministerio, Juan Mora.");

    assertThat(facts).contains("STATEMENT(Juan Mora, -)").doesNotContain("STATEMENT(Pedro Gil, -)");
  }

  @Test
  void visitOfSomeoneInsideAPhraseTakesTheGenitiveVisitor() {
    assertThat(facts("China y Brasil firmaron hoy 15 acuerdos de cooperación durante la visita del presidente "
        + "brasileño, Luiz Costa, a Pekín."))
        .contains("AGREEMENT(China, Brasil)", "VISIT(Luiz Costa, Pekín)");
  }

  @Test
  void requestContentStartsAtTheInfinitiveAfterItsAddressee() {
    Extraction x = pipeline.extract("El presidente Luiz Costa pidió a las empresas chinas invertir en energía.");

    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.REQUEST).singleElement()
        .satisfies(f -> assertThat(f.content()).hasValueSatisfying(c ->
            assertThat(c.text()).isEqualTo("invertir en energía")));
  }

  @Test
  void statementClauseFollowsItsAddressee() {
    Extraction x = pipeline.extract("El ministro francés, Paul Girard, dijo a la prensa que su Gobierno no apoyará el acuerdo.");

    assertThat(x.facts(Statement.class)).singleElement().satisfies(s -> {
      assertThat(s.speaker().canonical()).isEqualTo("Paul Girard");
      assertThat(s.statement()).hasValueSatisfying(c -> assertThat(c.text()).startsWith("su Gobierno no apoyará"));
    });
  }
}
