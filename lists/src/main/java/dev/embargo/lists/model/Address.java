package dev.embargo.lists.model;

/**
 * An address as listed. Parts the list does not give are null; {@code full} always holds the whole
 * address as one line.
 *
 * @param country ISO 3166-1 alpha-2 code, or null when the list names no country we can map
 */
public record Address(String full, String street, String city, String region, String postalCode, String country) {
    public static Address ofText(String full, String country) {
        return new Address(full, null, null, null, null, country);
    }
}
