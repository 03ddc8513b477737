package dev.embargo.lists.model;

/**
 * How much a list trusts a name: OFAC "a.k.a." and UN "Good" quality are strong; OFAC "weak a.k.a."
 * and UN "Low" quality are weak. Weak names are often too generic to screen on alone.
 */
public enum NameQuality {
    STRONG,
    WEAK
}
