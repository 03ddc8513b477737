package dev.embargo.lists.ofac;

import dev.embargo.lists.ListFiles;
import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.ListReader;
import dev.embargo.lists.ListedDates;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityBuilder;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.Link;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.lists.model.NameType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads OFAC's sdnList XML, the schema of both SDN.XML and the consolidated non-SDN list
 * (consolidated.xml). The namespace has changed over the years (http://tempuri.org/sdnList.xsd, then the
 * sanctions list service's URL), so elements are matched by local name. Streams with StAX, holding one
 * sdnEntry at a time; whether the file is the SDN or the consolidated list is decided from its content by
 * {@link OfacSourceRule}.
 */
public final class OfacXmlReader implements ListReader {
    private static final String ROOT = "sdnList";
    /** Entries nest four levels deep; anything far deeper is damage, not data. */
    private static final int MAX_DEPTH = 32;

    @Override
    public LoadedList read(ListFiles files) throws ListFormatException {
        Path file = files.main();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader xml = null;
        try (InputStream in = Files.newInputStream(file)) {
            xml = factory.createXMLStreamReader(in);
            return read(file, xml);
        } catch (XMLStreamException e) {
            throw new ListFormatException(file, place(e.getLocation()), "well-formed sdnList XML", e);
        } catch (IOException e) {
            throw new ListFormatException(file, null, "a readable file", e);
        } catch (RuntimeException e) {
            // The JDK's StAX parser reports some damage (bad encodings) as unchecked exceptions.
            throw new ListFormatException(file, xml == null ? null : safePlace(xml), "well-formed sdnList XML", e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // Closing a reader of a damaged file may fail again; the first error was reported.
                }
            }
        }
    }

    private LoadedList read(Path file, XMLStreamReader xml) throws XMLStreamException, ListFormatException {
        int event = xml.nextTag();
        if (event != XMLStreamConstants.START_ELEMENT || !ROOT.equals(xml.getLocalName())) {
            throw new ListFormatException(
                    file,
                    place(xml.getLocation()),
                    "the root element " + ROOT + " of"
                            + " OFAC's sdnList XML, found "
                            + (event == XMLStreamConstants.START_ELEMENT
                                    ? "<" + xml.getLocalName() + ">"
                                    : "no element"),
                    null);
        }
        String fileName = file.getFileName().toString();
        OfacCountries countries = new OfacCountries();
        OfacRemarksParser remarksParser = new OfacRemarksParser(countries);
        OfacListAssembler assembler = new OfacListAssembler();
        LocalDate published = null;
        Integer recordCount = null;
        String recordCountPlace = null;
        int entriesSeen = 0;
        Set<String> uids = new HashSet<>();
        while (xml.hasNext()) {
            event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break; // the root's end: nested elements are consumed whole below
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String place = place(xml.getLocation());
            XmlNode node = XmlNode.read(xml, MAX_DEPTH);
            switch (node.name()) {
                case "publshInformation" -> {
                    String date = node.text("Publish_Date");
                    published = date == null
                            ? null
                            : ListedDates.parseDay(date, ListedDates.NumericOrder.MONTH_FIRST)
                                    .orElse(null);
                    if (date != null && published == null) {
                        assembler.warn(new LoadWarning(
                                file.toString(),
                                place,
                                "expected Publish_Date as" + " MM/dd/yyyy but found '" + date
                                        + "'; publication date unknown"));
                    }
                    String count = node.text("Record_Count");
                    recordCountPlace = place;
                    try {
                        recordCount = count == null ? null : Integer.valueOf(count);
                    } catch (NumberFormatException e) {
                        assembler.warn(new LoadWarning(
                                file.toString(),
                                place,
                                "expected Record_Count as a number" + " but found '" + count + "'"));
                    }
                }
                case "sdnEntry" -> {
                    entriesSeen++;
                    entry(node, place, file, fileName, published, remarksParser, countries, assembler, uids);
                }
                default -> {
                    // Elements a later schema may add are not ours to interpret.
                }
            }
        }
        if (recordCount != null && recordCount != entriesSeen) {
            assembler.warn(new LoadWarning(
                    file.toString(),
                    recordCountPlace,
                    "expected " + recordCount + " sdnEntry elements (Record_Count) but the file holds " + entriesSeen));
        }
        if (entriesSeen == 0) {
            throw new ListFormatException(file, place(xml.getLocation()), "at least one sdnEntry in " + ROOT, null);
        }
        return assembler.finish(ListFormat.OFAC_XML, file.toString(), published);
    }

    private static void entry(
            XmlNode node,
            String place,
            Path file,
            String fileName,
            LocalDate published,
            OfacRemarksParser remarksParser,
            OfacCountries countries,
            OfacListAssembler assembler,
            Set<String> uids) {
        String uid = node.text("uid");
        String name = fullName(node.text("lastName"), node.text("firstName"));
        if (uid == null || name == null) {
            assembler.warn(new LoadWarning(
                    file.toString(),
                    "sdnEntry at " + place,
                    "expected a uid and a lastName," + " found "
                            + (uid == null ? "no uid" : "uid " + uid + " but no name") + "; entry skipped"));
            return;
        }
        String entryPlace = "sdnEntry uid " + uid + " at " + place;
        if (!uids.add(uid)) {
            assembler.warn(new LoadWarning(
                    file.toString(),
                    entryPlace,
                    "expected each uid once, but " + uid + " is listed again; entry skipped"));
            return;
        }
        EntityBuilder entity = Entity.builder(OfacListAssembler.PROVISIONAL_SOURCE, uid)
                .kind(kind(node.text("sdnType")))
                .name(Name.primary(name))
                .sourceFile(fileName, published);
        if (entity.kind() == EntityKind.OTHER) {
            assembler.warn(new LoadWarning(
                    file.toString(),
                    entryPlace,
                    "expected sdnType Individual, Entity," + " Vessel or Aircraft but found '" + node.text("sdnType")
                            + "'; kept as kind other"));
        }
        entity.title(node.text("title"));
        List<String> programs = new ArrayList<>();
        for (XmlNode program : node.list("programList", "program")) {
            if (program.text() != null) {
                programs.add(program.text());
                entity.program(program.text());
            }
        }
        List<String> remarks = new ArrayList<>();
        boolean sectoralDirective = false;
        for (XmlNode id : node.list("idList", "id")) {
            sectoralDirective |= OfacSourceRule.namesSectoralDirective(id.text("idType"));
            identifier(id, remarksParser, entity).ifPresent(remarks::add);
        }
        for (XmlNode aka : node.list("akaList", "aka")) {
            alias(aka, entity);
        }
        for (XmlNode address : node.list("addressList", "address")) {
            entity.address(address(address, countries));
        }
        for (XmlNode nationality : node.list("nationalityList", "nationality")) {
            String country = nationality.text("country");
            String iso = countries.iso(country);
            entity.nationality(iso);
            if (iso == null && country != null) {
                remarks.add("nationality " + country);
            }
        }
        for (XmlNode citizenship : node.list("citizenshipList", "citizenship")) {
            String country = citizenship.text("country");
            String iso = countries.iso(country);
            entity.citizenship(iso);
            if (iso == null && country != null) {
                remarks.add("citizen " + country);
            }
        }
        for (XmlNode dob : node.list("dateOfBirthList", "dateOfBirthItem")) {
            String text = dob.text("dateOfBirth");
            Optional<ListedDate> date = text == null ? Optional.empty() : OfacRemarksParser.birthDate(text);
            date.ifPresent(entity::birthDate);
            if (date.isEmpty() && text != null) {
                remarks.add("DOB " + text);
            }
        }
        for (XmlNode pob : node.list("placeOfBirthList", "placeOfBirthItem")) {
            entity.birthPlace(pob.text("placeOfBirth"));
        }
        node.child("vesselInfo").ifPresent(vessel -> remarks.addAll(vessel(vessel, countries, entity)));
        String remark = node.text("remarks");
        sectoralDirective |= OfacSourceRule.namesSectoralDirective(remark);
        String unparsed = remarksParser.parse(remark, false, entity).unparsedText();
        if (unparsed != null) {
            remarks.add(unparsed);
        }
        if (!remarks.isEmpty()) {
            entity.remark(String.join("; ", remarks));
        }
        assembler.add(entity, programs, sectoralDirective);
    }

    /** "LAST, First" as the legacy CSV writes it, so that both formats give the same primary names. */
    static String fullName(String lastName, String firstName) {
        if (lastName == null) {
            return firstName;
        }
        return firstName == null ? lastName : lastName + ", " + firstName;
    }

    private static EntityKind kind(String sdnType) {
        if (sdnType == null) {
            return EntityKind.OTHER;
        }
        return switch (sdnType.toLowerCase(Locale.ROOT)) {
            case "individual" -> EntityKind.PERSON;
            case "entity" -> EntityKind.ORGANIZATION;
            case "vessel" -> EntityKind.VESSEL;
            case "aircraft" -> EntityKind.AIRCRAFT;
            default -> EntityKind.OTHER;
        };
    }

    /** Puts one idList entry on the entity; returns its text when it must (also) stay in the remarks. */
    private static Optional<String> identifier(XmlNode id, OfacRemarksParser remarksParser, EntityBuilder entity) {
        String type = id.text("idType");
        String number = id.text("idNumber");
        String country = id.text("idCountry");
        if (type == null && number == null) {
            return Optional.empty();
        }
        StringBuilder detail = new StringBuilder();
        if (id.text("issueDate") != null) {
            detail.append("issued ").append(id.text("issueDate"));
        }
        if (id.text("expirationDate") != null) {
            detail.append(detail.isEmpty() ? "" : " ").append("expires ").append(id.text("expirationDate"));
        }
        boolean captured = false;
        if (type != null && number != null) {
            if (type.regionMatches(
                    true, 0, OfacFeatures.DIGITAL_CURRENCY_LABEL, 0, OfacFeatures.DIGITAL_CURRENCY_LABEL.length())) {
                captured = remarksParser.applyDigitalCurrency(type, number, entity);
            } else {
                Optional<OfacFeature> feature = OfacFeatures.byLabel(type);
                captured = feature.isPresent()
                        && remarksParser.apply(feature.get(), number, country, detail.toString(), entity);
            }
        }
        if (captured) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(type == null ? "" : type);
        if (number != null) {
            text.append(text.isEmpty() ? "" : " ").append(number);
        }
        if (country != null) {
            text.append(" (").append(country).append(')');
        }
        if (!detail.isEmpty()) {
            text.append(' ').append(detail);
        }
        return Optional.of(text.toString());
    }

    private static void alias(XmlNode aka, EntityBuilder entity) {
        String name = fullName(aka.text("lastName"), aka.text("firstName"));
        if (name == null) {
            return;
        }
        String type = aka.text("type") == null ? "" : aka.text("type").toLowerCase(Locale.ROOT);
        NameType nameType = type.startsWith("f.k.a") ? NameType.FORMER : NameType.ALIAS;
        NameQuality quality = "weak".equalsIgnoreCase(aka.text("category")) ? NameQuality.WEAK : NameQuality.STRONG;
        entity.name(Name.of(name, nameType, quality));
    }

    private static Address address(XmlNode address, OfacCountries countries) {
        List<String> street = new ArrayList<>(3);
        for (String line : new String[] {"address1", "address2", "address3"}) {
            if (address.text(line) != null) {
                street.add(address.text(line));
            }
        }
        String city = address.text("city");
        String region = address.text("stateOrProvince");
        String postalCode = address.text("postalCode");
        String country = address.text("country");
        List<String> parts = new ArrayList<>(street);
        for (String part : new String[] {city, region, postalCode, country, address.text("region")}) {
            if (part != null) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        return new Address(
                String.join(", ", parts),
                street.isEmpty() ? null : String.join(", ", street),
                city,
                region,
                postalCode,
                countries.iso(country));
    }

    /** Puts the vessel's call sign, flag and owner on the entity; returns what only a remark can hold. */
    private static List<String> vessel(XmlNode vessel, OfacCountries countries, EntityBuilder entity) {
        List<String> remarks = new ArrayList<>();
        String callSign = vessel.text("callSign");
        if (callSign != null) {
            entity.identifier(new Identifier(IdentifierType.CALL_SIGN, callSign, null, null, "Call Sign"));
        }
        if (vessel.text("vesselType") != null) {
            remarks.add("Vessel Type " + vessel.text("vesselType"));
        }
        if (vessel.text("tonnage") != null) {
            remarks.add("Tonnage " + vessel.text("tonnage"));
        }
        if (vessel.text("grossRegisteredTonnage") != null) {
            remarks.add("Gross Registered Tonnage " + vessel.text("grossRegisteredTonnage"));
        }
        String flag = vessel.text("vesselFlag");
        if (flag != null) {
            String iso = countries.iso(flag);
            if (iso != null) {
                entity.country(iso);
            } else {
                remarks.add("Vessel Flag " + flag);
            }
        }
        entity.link(new Link(vessel.text("vesselOwner"), null, "Vessel Owner"));
        return remarks;
    }

    private static String place(Location location) {
        return location == null ? null : "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    private static String safePlace(XMLStreamReader xml) {
        try {
            return place(xml.getLocation());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * One element read whole — used for a single sdnEntry or publshInformation at a time, so the file is
     * still streamed. Text is stripped and null when blank.
     */
    record XmlNode(String name, String text, List<XmlNode> children) {
        static XmlNode read(XMLStreamReader xml, int depthLeft) throws XMLStreamException {
            if (depthLeft <= 0) {
                throw new XMLStreamException("elements nested too deeply", xml.getLocation());
            }
            String name = xml.getLocalName();
            StringBuilder text = new StringBuilder();
            List<XmlNode> children = new ArrayList<>();
            while (true) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> children.add(read(xml, depthLeft - 1));
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        String t = text.toString().strip();
                        return new XmlNode(name, t.isEmpty() ? null : t, List.copyOf(children));
                    }
                    case XMLStreamConstants.END_DOCUMENT ->
                        throw new XMLStreamException("file ends inside <" + name + ">", xml.getLocation());
                    default -> {
                        // Comments and processing instructions carry no list data.
                    }
                }
            }
        }

        Optional<XmlNode> child(String childName) {
            for (XmlNode c : children) {
                if (c.name.equals(childName)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }

        /** The text of the first child called {@code childName}, or null. */
        String text(String childName) {
            return child(childName).map(XmlNode::text).orElse(null);
        }

        /** The {@code itemName} children of the {@code listName} child. */
        List<XmlNode> list(String listName, String itemName) {
            return child(listName)
                    .map(list -> list.children.stream()
                            .filter(c -> c.name.equals(itemName))
                            .toList())
                    .orElse(List.of());
        }
    }
}
