/* a label alone at the end of the source labels the end of the program */
PGM
  DSPSECA
DONE:
