/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-util"
#include "config.h"

#include <string.h>

#include "bw-name-order.h"

/* The tussenvoegsels of Dutch (and Belgian, German, French) surnames that
 * teams meet, lower case: the surname is filed after them. */
static const char *const particles[] = {
  "van", "von", "de", "der", "den", "het", "'t", "te", "ten", "ter",
  "in", "op", "aan", "bij", "uit", "onder", "over", "voor", "vd",
  "la", "le", "les", "du", "da", "di", "del", "della", "dos", "das",
  "'s", "d'", "l'", "zu", "zum", "vom", "am", "auf",
};

/* Words that begin a surname and are filed with it: "El Amrani" under
 * E, as the municipal register writes it. */
static const char *const joined[] = {
  "el", "al", "ben", "bin", "ibn", "abu", "ait", "ou", "ould",
};

static gboolean
is_in (const char        *word,
       gsize              len,
       const char *const *list,
       guint              n)
{
  char lower[8];

  if (len == 0 || len >= sizeof lower)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    lower[i] = g_ascii_tolower (word[i]);
  lower[len] = '\0';
  for (guint i = 0; i < n; i++)
    if (strcmp (lower, list[i]) == 0)
      return TRUE;
  return FALSE;
}

#define is_particle(w, len) is_in ((w), (len), particles, G_N_ELEMENTS (particles))
#define is_joined(w, len) is_in ((w), (len), joined, G_N_ELEMENTS (joined))

gsize
bw_name_surname_offset (const char *name,
                        gssize      len)
{
  gsize n = len < 0 ? strlen (name) : (gsize) len;
  gsize starts[32], ends[32];
  guint words = 0;
  const char *comma = memchr (name, ',', n);

  if (comma != NULL)
    return 0;
  for (gsize i = 0; i < n && words < G_N_ELEMENTS (starts);)
    {
      while (i < n && g_ascii_isspace (name[i]))
        i++;
      if (i >= n)
        break;
      starts[words] = i;
      while (i < n && !g_ascii_isspace (name[i]))
        i++;
      ends[words++] = i;
    }
  if (words < 2)
    return words == 1 ? starts[0] : 0;
  for (guint w = 0; w + 1 < words; w++)
    if (is_particle (name + starts[w], ends[w] - starts[w]))
      {
        guint s = w;

        while (s + 1 < words && is_particle (name + starts[s], ends[s] - starts[s]))
          s++;
        return starts[s];
      }
  {
    guint s = words - 1;

    while (s > 1 && is_joined (name + starts[s - 1], ends[s - 1] - starts[s - 1]))
      s--;
    return starts[s];
  }
}

gunichar
bw_name_fold (gunichar c)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];

  if (c >= 0x80 && g_unichar_fully_decompose (c, FALSE, parts, G_N_ELEMENTS (parts)) > 0)
    c = parts[0];
  return g_unichar_tolower (c);
}

/* The next letter of @s for ordering, folded; 0 at the end. Invalid
 * UTF-8 counts byte by byte. */
static gunichar
next_letter (const char **s,
             const char  *end)
{
  gunichar c;

  if (*s >= end)
    return 0;
  c = g_utf8_get_char_validated (*s, end - *s);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    return (guchar) *(*s)++;
  *s = g_utf8_next_char (*s);
  return bw_name_fold (c);
}

static int
compare_letters (const char *a,
                 const char *a_end,
                 const char *b,
                 const char *b_end)
{
  for (;;)
    {
      gunichar x = next_letter (&a, a_end);
      gunichar y = next_letter (&b, b_end);

      if (x != y)
        return x < y ? -1 : 1;
      if (x == 0)
        return 0;
    }
}

int
bw_name_compare (const char *a,
                 gssize      a_len,
                 const char *b,
                 gssize      b_len)
{
  gsize na = a_len < 0 ? strlen (a) : (gsize) a_len;
  gsize nb = b_len < 0 ? strlen (b) : (gsize) b_len;
  gsize sa = bw_name_surname_offset (a, na);
  gsize sb = bw_name_surname_offset (b, nb);
  const char *a_surname_end, *b_surname_end;
  int r;

  /* A name written with a comma has the surname up to it. */
  a_surname_end = sa == 0 && memchr (a, ',', na) ? memchr (a, ',', na) : a + na;
  b_surname_end = sb == 0 && memchr (b, ',', nb) ? memchr (b, ',', nb) : b + nb;
  if ((r = compare_letters (a + sa, a_surname_end, b + sb, b_surname_end)) != 0)
    return r;
  if ((r = compare_letters (a, a + na, b, b + nb)) != 0)
    return r;
  r = memcmp (a, b, MIN (na, nb));
  return r != 0 ? r : (na > nb) - (na < nb);
}
