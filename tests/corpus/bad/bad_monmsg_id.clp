/* expect: 4 QSY0207 */
pgm
  dspseca
  monmsg msgid(cpf22)
endpgm
