/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-util"
#include "config.h"

#include <string.h>

#include "bw-name-order.h"
#include "bw-snippet.h"

/* The words shown before the first match, and in all. */
#define WORDS_BEFORE 4
#define WORDS_SHOWN 14

typedef struct {
  const char *start;
  const char *end;
} Word;

/* The words of @text as the full-text index's tokenizer splits them:
 * runs of letters and digits. */
static GArray *
split_words (const char *text)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (Word));
  const char *p = text;

  while (*p)
    {
      Word w;

      while (*p && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (!*p)
        break;
      w.start = p;
      while (*p && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      w.end = p;
      g_array_append_val (words, w);
    }
  return words;
}

/* @w folded as bw_name_fold() folds letters. */
static char *
fold_word (const Word *w)
{
  GString *folded = g_string_new (NULL);

  for (const char *p = w->start; p < w->end; p = g_utf8_next_char (p))
    g_string_append_unichar (folded, bw_name_fold (g_utf8_get_char (p)));
  return g_string_free (folded, FALSE);
}

/* Whether @w begins with @term (folded), letter by letter. */
static gboolean
begins_with (const Word *w,
             const char *term)
{
  const char *p = w->start;

  for (; *term; term = g_utf8_next_char (term), p = g_utf8_next_char (p))
    if (p >= w->end || bw_name_fold (g_utf8_get_char (p)) != g_utf8_get_char (term))
      return FALSE;
  return TRUE;
}

/* Which of @terms @w begins with, as a bit per term (at most 32 terms
 * count). */
static guint32
matching_terms (const Word *w,
                GPtrArray  *terms)
{
  guint32 bits = 0;

  for (guint t = 0; t < MIN (terms->len, 32); t++)
    if (begins_with (w, g_ptr_array_index (terms, t)))
      bits |= 1u << t;
  return bits;
}

char *
bw_snippet_find (const char *const *notes,
                 const char        *typed)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) typed_words = NULL;
  g_autoptr(GArray) best_words = NULL;
  g_autofree guint32 *best_bits = NULL;
  const char *best = NULL;
  guint best_count = 0, first = 0, from, to;
  GString *out;

  if (notes == NULL || typed == NULL)
    return NULL;
  typed_words = split_words (typed);
  for (guint i = 0; i < typed_words->len; i++)
    g_ptr_array_add (terms, fold_word (&g_array_index (typed_words, Word, i)));
  if (terms->len == 0)
    return NULL;

  for (guint n = 0; notes[n] != NULL; n++)
    {
      g_autoptr(GArray) words = split_words (notes[n]);
      g_autofree guint32 *bits = g_new0 (guint32, MAX (words->len, 1));
      guint32 seen = 0;
      guint count = 0;

      for (guint i = 0; i < words->len; i++)
        seen |= bits[i] = matching_terms (&g_array_index (words, Word, i), terms);
      for (guint32 b = seen; b; b &= b - 1)
        count++;
      if (count > best_count)
        {
          best = notes[n];
          best_count = count;
          g_clear_pointer (&best_words, g_array_unref);
          g_free (best_bits);
          best_words = g_steal_pointer (&words);
          best_bits = g_steal_pointer (&bits);
        }
    }
  if (best == NULL)
    return NULL;

  while (best_bits[first] == 0)
    first++;
  from = first > WORDS_BEFORE ? first - WORDS_BEFORE : 0;
  to = MIN (from + WORDS_SHOWN, best_words->len);
  out = g_string_new (from > 0 ? "…" : NULL);
  for (guint i = from; i < to; i++)
    {
      const Word *w = &g_array_index (best_words, Word, i);
      /* The text between this word and the next (or the end) comes along,
       * with line breaks as spaces. */
      const char *next = i + 1 < to ? g_array_index (best_words, Word, i + 1).start :
                         i + 1 < best_words->len ? w->end : w->end + strlen (w->end);

      if (best_bits[i] != 0)
        {
          g_string_append_c (out, BW_SNIPPET_MARK_START);
          g_string_append_len (out, w->start, w->end - w->start);
          g_string_append_c (out, BW_SNIPPET_MARK_END);
        }
      else
        g_string_append_len (out, w->start, w->end - w->start);
      for (const char *p = w->end; p < next; p++)
        g_string_append_c (out, *p == '\n' || *p == '\t' ? ' ' : *p);
    }
  if (to < best_words->len)
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}
