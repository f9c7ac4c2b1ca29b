package dev.newsroom.analysis;

/**
 * One spelling of a party in the gazetteer.
 *
 * @param alias the spelling as curated (before case variants), used to look up context rules
 */
record AliasEntry(String code, String alias, MentionKind kind) {
}
