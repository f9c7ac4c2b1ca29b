package dev.newsroom.analysis;

/** Which ladder a move is on: the partnership level, or the level of diplomatic representation. */
public enum MoveKind {
  PARTNERSHIP,
  REPRESENTATION
}
