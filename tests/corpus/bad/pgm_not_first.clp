/* expect: 4 QSY0209 */
dspseca
/* PGM after a command */
pgm
endpgm
