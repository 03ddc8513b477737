package dev.embargo.lists.model;

/**
 * A tie from one listed party to another ("Linked To:", UN associated entities).
 *
 * @param targetName the other party's name as the list writes it
 * @param targetId   the other party's entity id when the list lets us resolve it, else null
 * @param relation   the list's wording of the tie ("Linked To", "associated with", ...)
 */
public record Link(String targetName, String targetId, String relation) {}
