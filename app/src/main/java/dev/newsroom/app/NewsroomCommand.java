package dev.newsroom.app;

import picocli.CommandLine.Command;

@Command(
    name = "newsroom",
    mixinStandardHelpOptions = true,
    version = "newsroom 0.1.0",
    description = "Ingests diplomatic releases through Kafka, tags countries and pairs, and alerts on "
        + "partnership upgrades.",
    subcommands = {
        DemoCommand.class, PublishCommand.class, IngestCommand.class, StreamsCommand.class, AlertsCommand.class,
        AnalyzeCommand.class, EvalCommand.class, LedgerCommand.class, InspectCommand.class, ReplayCommand.class,
        SchemasCommand.class, VerifyWebhookCommand.class, picocli.CommandLine.HelpCommand.class})
final class NewsroomCommand {}
