/* expect: 4 QSY0103 */
PGM
  DSPSECA
DONE:
