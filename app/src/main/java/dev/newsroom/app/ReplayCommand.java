package dev.newsroom.app;

import picocli.CommandLine.Command;

@Command(name = "replay", mixinStandardHelpOptions = true, subcommands = ReplayParkedCommand.class,
    description = {"Puts deliveries that were given up on back in line; see `newsroom replay parked --help`."})
final class ReplayCommand {}
