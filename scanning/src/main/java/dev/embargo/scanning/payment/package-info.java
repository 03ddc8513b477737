/**
 * Payment messages (SWIFT MT, ISO 20022) screened as structured data rather than prose: each party's name
 * lines as one name (a name wrapped over two lines joined), its address lines for jurisdictions only, its
 * accounts, BICs and identifiers looked up as identifiers.
 */
package dev.embargo.scanning.payment;
