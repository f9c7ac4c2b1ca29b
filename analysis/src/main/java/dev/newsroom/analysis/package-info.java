/**
 * Domain logic of Newsroom, in plain Java: what a diplomatic release says, independent of Kafka.
 *
 * <p>{@link dev.newsroom.analysis.ReleaseAnalyzer} runs the steps for one release:
 * {@link dev.newsroom.analysis.TextNormalizer} (one plain form of the text), the
 * {@link dev.newsroom.analysis.Gazetteer} (countries and blocs named), pair tagging (which two parties act
 * together), the {@link dev.newsroom.analysis.PartnershipLadder} (levels named and their rank) and upgrade
 * detection (a stated move up the ladder, with its stage and evidence sentence).
 * {@link dev.newsroom.analysis.Fingerprint} spots republished copies; {@link dev.newsroom.analysis.AnalysisJson}
 * is the JSON wire form.
 *
 * <p>Languages covered: English; French and Spanish (country names from CLDR, demonyms, capitals, level
 * names and phrasing: {@code gazetteer-fr.tsv}, {@code levels-fr.tsv}, {@code phrasing-fr.tsv} and the
 * {@code -es} files); Vietnamese level names and basic phrasing only. Chinese and Japanese: not yet.
 *
 * <p>Reference data ({@code gazetteer.tsv}, {@code gazetteer-context.tsv}, {@code partnership-ladder.tsv},
 * {@code partnership-ladders.tsv} and the per-language files) is loaded once per process; every public type is immutable or stateless and safe to share between
 * Kafka Streams threads.
 */
package dev.newsroom.analysis;
