/* %SST as the target of CHGVAR changes part of a variable.         */
PGM
  DCL &NAME *CHAR 10 VALUE('QSECOFR')
  CHGVAR %SST(&NAME 1 1) 'X'
  CHGVAR VAR(%SST(&NAME 2 2)) VALUE('YZ')
  SNDPGMMSG MSG(&NAME)
ENDPGM
