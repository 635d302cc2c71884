/* a comment not closed on its line ends with the line */
pgm
  dspseca /* closed */
  dspseca /* never closed
  dspseca
endpgm
