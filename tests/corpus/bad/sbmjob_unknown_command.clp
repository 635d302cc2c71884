/* expect: 3 CPD0030 */
pgm
  sbmjob cmd(chgtotpkez totpkey(*gen)) user(jsmith)
endpgm
