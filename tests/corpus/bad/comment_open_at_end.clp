/* expect: 4 QSY0107 */
pgm
  dspseca
  dspseca /* continued +
