package dev.embargo.server.yente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.lists.model.NameType;
import dev.embargo.lists.model.Source;
import dev.embargo.server.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Listed parties as FtM entities, FtM's schema inheritance, and examples read into queries, on hand-written fixtures. */
class YenteEntityMappingTest {

    @Test
    void aPersonBecomesAnFtmPersonWithLowerCaseCountriesAndNamesByKind() {
        Entity e = Entity.builder(Source.UN, "KPi.099")
                .kind(EntityKind.PERSON)
                .name(Name.primary("PAK Chol Su"))
                .name("Pak Chol-su", NameType.ALIAS, NameQuality.STRONG)
                .name("Old Pak", NameType.ALIAS, NameQuality.WEAK)
                .name("Park Chul Soo", NameType.FORMER, NameQuality.STRONG)
                .name(Name.of("박철수", NameType.ORIGINAL_SCRIPT, NameQuality.STRONG))
                .birthDate(ListedDate.day("1960-03-01", LocalDate.of(1960, 3, 1)))
                .birthDate(ListedDate.yearRange("1962-1964", 1962, 1964))
                .nationality("KP")
                .citizenship("KP")
                .gender("male")
                .title("Minister")
                .address(new Address("Pyongyang, DPRK", null, "Pyongyang", null, null, "KP"))
                .identifier(new Identifier(IdentifierType.PASSPORT, "563120356", "KP", null, null))
                .identifier(Identifier.of(IdentifierType.DIGITAL_CURRENCY, "0xabc"))
                .program("DPRK")
                .listedOn(LocalDate.of(2016, 11, 30))
                .remark("Listed for arms sales.")
                .sourceFile("consolidated.xml", LocalDate.of(2025, 2, 27))
                .build();
        Map<String, List<String>> p = FtmEntity.properties(e);
        assertThat(p.get("name")).containsExactly("PAK Chol Su");
        assertThat(p.get("alias")).containsExactly("Pak Chol-su", "박철수");
        assertThat(p.get("weakAlias")).containsExactly("Old Pak");
        assertThat(p.get("previousName")).containsExactly("Park Chul Soo");
        assertThat(p.get("birthDate")).containsExactly("1960-03-01", "1962", "1963", "1964");
        assertThat(p.get("nationality")).containsExactly("kp");
        assertThat(p.get("citizenship")).containsExactly("kp");
        assertThat(p.get("country")).containsExactly("kp");
        assertThat(p.get("passportNumber")).containsExactly("563120356");
        assertThat(p.get("position")).containsExactly("Minister");
        assertThat(p.get("topics")).containsExactly("sanction");
        assertThat(p.get("program")).containsExactly("DPRK");
        assertThat(p).doesNotContainKeys("publicKey", "idNumber");

        Generation g = Generation.of(List.of(e), ListingHistory.plain(List.of(e), Instant.EPOCH));
        Map<String, Object> flat = FtmEntity.flat(e, g);
        assertThat(flat.get("id")).isEqualTo("un.KPi.2e099");
        assertThat(flat.get("schema")).isEqualTo("Person");
        assertThat(flat.get("datasets")).isEqualTo(List.of("un"));
        assertThat(flat.get("first_seen")).isEqualTo("2016-11-30T00:00:00");
        assertThat(flat.get("last_seen")).isEqualTo("2025-02-27T00:00:00");
        @SuppressWarnings("unchecked")
        Map<String, Object> nested =
                (Map<String, Object>) FtmEntity.nested(e, g).get("properties");
        @SuppressWarnings("unchecked")
        Map<String, Object> wallet = (Map<String, Object>) ((List<?>) nested.get("cryptoWallets")).getFirst();
        assertThat(wallet.get("schema")).isEqualTo("CryptoWallet");
        assertThat(wallet.get("properties"))
                .isEqualTo(Map.of("publicKey", List.of("0xabc"), "holder", List.of("un.KPi.2e099")));
    }

    @Test
    void organizationsVesselsAndAirplanesGetTheIdentifierPropertiesTheirSchemaHas() {
        Entity org = Entity.builder(Source.US_OFAC_SDN, "1")
                .kind(EntityKind.ORGANIZATION)
                .name(Name.primary("ACME SHIPPING"))
                .identifier(Identifier.of(IdentifierType.NATIONAL_ID, "N-1"))
                .identifier(Identifier.of(IdentifierType.IMO, "1234567"))
                .identifier(Identifier.of(IdentifierType.SWIFT_BIC, "ACMEKPPY"))
                .identifier(Identifier.of(IdentifierType.EMAIL, "x@acme.kp"))
                .birthDate(ListedDate.year("1999", 1999))
                .build();
        Map<String, List<String>> o = FtmEntity.properties(org);
        assertThat(o.get("registrationNumber")).containsExactly("N-1");
        assertThat(o.get("imoNumber")).containsExactly("1234567");
        assertThat(o.get("swiftBic")).containsExactly("ACMEKPPY");
        assertThat(o.get("email")).containsExactly("x@acme.kp");
        assertThat(o.get("incorporationDate")).containsExactly("1999");

        Entity ship = Entity.builder(Source.US_OFAC_SDN, "2")
                .kind(EntityKind.VESSEL)
                .name(Name.primary("SEA STAR"))
                .country("PA")
                .identifier(Identifier.of(IdentifierType.IMO, "7406784"))
                .identifier(Identifier.of(IdentifierType.MMSI, "352001"))
                .identifier(Identifier.of(IdentifierType.CALL_SIGN, "HP1"))
                .identifier(Identifier.of(IdentifierType.EMAIL, "bridge@sea.star"))
                .build();
        Map<String, List<String>> v = FtmEntity.properties(ship);
        assertThat(v.get("flag")).containsExactly("pa");
        assertThat(v.get("imoNumber")).containsExactly("7406784");
        assertThat(v.get("mmsi")).containsExactly("352001");
        assertThat(v.get("callSign")).containsExactly("HP1");
        assertThat(v).doesNotContainKeys("email", "country");

        Entity plane = Entity.builder(Source.US_OFAC_SDN, "3")
                .kind(EntityKind.AIRCRAFT)
                .name(Name.primary("EP-ABC"))
                .identifier(Identifier.of(IdentifierType.AIRCRAFT_TAIL, "EP-ABC"))
                .identifier(Identifier.of(IdentifierType.AIRCRAFT_SERIAL, "SN 42"))
                .build();
        Map<String, List<String>> a = FtmEntity.properties(plane);
        assertThat(FtmSchema.of(plane)).isEqualTo(FtmSchema.AIRPLANE);
        assertThat(a.get("registrationNumber")).containsExactly("EP-ABC");
        assertThat(a.get("serialNumber")).containsExactly("SN 42");
    }

    @Test
    void aQueryOfOneSchemaMatchesItsKindsAndItsAncestorsButNotItsSiblings() {
        assertThat(FtmSchema.LEGAL_ENTITY.canMatch(FtmSchema.PERSON)).isTrue();
        assertThat(FtmSchema.LEGAL_ENTITY.canMatch(FtmSchema.ORGANIZATION)).isTrue();
        assertThat(FtmSchema.PERSON.canMatch(FtmSchema.LEGAL_ENTITY)).isTrue();
        assertThat(FtmSchema.COMPANY.canMatch(FtmSchema.ORGANIZATION)).isTrue();
        assertThat(FtmSchema.PERSON.canMatch(FtmSchema.ORGANIZATION)).isFalse();
        assertThat(FtmSchema.LEGAL_ENTITY.canMatch(FtmSchema.VESSEL)).isFalse();
        assertThat(FtmSchema.THING.canMatch(FtmSchema.VESSEL)).isTrue();
        assertThat(FtmSchema.common(List.of(FtmSchema.PERSON, FtmSchema.COMPANY)))
                .isEqualTo(FtmSchema.LEGAL_ENTITY);
        assertThat(FtmSchema.common(List.of(FtmSchema.VESSEL, FtmSchema.AIRPLANE)))
                .isEqualTo(FtmSchema.VEHICLE);
        assertThat(FtmSchema.common(List.of(FtmSchema.COMPANY))).isEqualTo(FtmSchema.COMPANY);
    }

    @Test
    void anExampleIsReadIntoNamesDatesCountriesAndIdentifiers() {
        Map<String, List<String>> props = new LinkedHashMap<>();
        props.put("firstName", List.of("Arkadii"));
        props.put("fatherName", List.of("Romanovich"));
        props.put("lastName", List.of("Rotenberg", "Ротенберг"));
        props.put("birthDate", List.of("1951"));
        props.put("nationality", List.of("Russia"));
        props.put("passportNumber", List.of(" 123 "));
        props.put("hairColor", List.of("grey"));
        ExampleQuery q = ExampleQuery.of("queries.q", "x1", FtmSchema.PERSON, props, 100);
        assertThat(q.names()).containsExactly("Arkadii Romanovich Rotenberg", "Arkadii Romanovich Ротенберг");
        assertThat(q.birthDates()).extracting(ListedDate::iso).containsExactly("1951");
        assertThat(q.countries()).containsExactly("RU");
        assertThat(q.identifiers()).containsExactly("123");
        assertThat(q.used())
                .containsOnlyKeys("firstName", "fatherName", "lastName", "birthDate", "nationality", "passportNumber");
        assertThat(q.used().get("nationality")).containsExactly("ru");
        assertThat(q.echo()).containsEntry("id", "x1").containsEntry("schema", "Person");
    }

    @Test
    void anExampleThatCannotBeScreenedSaysWhereAndWhy() {
        assertThatThrownBy(() -> ExampleQuery.of(
                        "queries.q",
                        null,
                        FtmSchema.PERSON,
                        Map.of("name", List.of("Kim"), "nationality", List.of("Atlantis")),
                        100))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("queries.q.properties.nationality")
                .hasMessageContaining("Atlantis");
        assertThatThrownBy(() ->
                        ExampleQuery.of("queries.q", null, FtmSchema.PERSON, Map.of("gender", List.of("male")), 100))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("expected a name");
        assertThatThrownBy(() -> ExampleQuery.of(
                        "queries.q", null, FtmSchema.PERSON, Map.of("name", List.of("x".repeat(101))), 100))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("at most 100");
        List<String> many = java.util.stream.IntStream.range(0, 11)
                .mapToObj(i -> "Name " + i)
                .toList();
        assertThatThrownBy(() -> ExampleQuery.of(
                        "queries.q",
                        null,
                        FtmSchema.PERSON,
                        Map.of(
                                "name",
                                many,
                                "birthDate",
                                List.of(
                                        "1950", "1951", "1952", "1953", "1954", "1955", "1956", "1957", "1958",
                                        "1959")),
                        100))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("110 combinations");
    }
}
