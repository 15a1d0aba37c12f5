// Sumber dana as SIPD names them (the "Sumber Dana" column of Tabel 3.1, 4.1 and 4.2 offers these). The list
// is a suggestion, not a rule: a regional name not listed here may still be typed in.
export const SUMBER_DANA: readonly string[] = [
  "Dana Transfer Umum-Dana Alokasi Umum",
  "Dana Transfer Umum-Dana Bagi Hasil",
  "DBH Cukai Hasil Tembakau",
  "PAD",
  "DAK Fisik",
  "DAK Non Fisik",
  "Dana Insentif Daerah",
  "Bantuan Keuangan Provinsi",
  "Pendapatan BLUD",
  "Lain-lain Pendapatan Daerah yang Sah",
];
