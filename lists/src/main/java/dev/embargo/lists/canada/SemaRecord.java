package dev.embargo.lists.canada;

/**
 * One {@code <record>} of the SEMA consolidated list, field by field as published (null when the
 * element is absent or blank).
 *
 * @param line           line of the {@code <record>} start tag, for warnings
 * @param country        {@code <Country>}: despite its name, the sanctions regime ("Russia / Russie",
 *                       "Justice for Victims of Corrupt Foreign Officials Regulations (JVCFOR) / ...")
 * @param entityOrShip   {@code <EntityOrShip>}: an organisation's or a ship's name
 * @param titleOrShip    {@code <TitleOrShip>}: a person's title, or a ship's type
 * @param birthOrBuild   {@code <DateOfBirthOrShipBuildDate>}
 * @param schedule       {@code <Schedule>} of the regulations, e.g. "1, Part 1"
 * @param item           {@code <Item>} number within the schedule
 */
record SemaRecord(
        int line,
        String country,
        String lastName,
        String givenName,
        String entityOrShip,
        String titleOrShip,
        String shipImoNumber,
        String birthOrBuild,
        String schedule,
        String item,
        String dateOfListing,
        String aliases) {

    boolean isPerson() {
        return lastName != null || givenName != null;
    }

    boolean isShip() {
        return shipImoNumber != null;
    }
}
