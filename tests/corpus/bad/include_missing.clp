/* expect: 3 QSY0275 */
pgm
  include srcmbr(nosuchmbr) srcfile(qclsrc)
endpgm
