/* br-guide-parser-private.h — shared by the files of the guide parser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-guide-private.h"
#include "br-json-reader.h"

G_BEGIN_DECLS

/* The fields of each object, as the parser accepts them (br-guide-parser.c) */
extern const char * const _br_guide_top_fields[];
extern const char * const _br_guide_amazon_way_fields[];
extern const char * const _br_guide_trait_fields[];
extern const char * const _br_guide_principle_fields[];
extern const char * const _br_guide_difference_fields[];
extern const char * const _br_guide_process_fields[];
extern const char * const _br_guide_stage_fields[];
extern const char * const _br_guide_phase_fields[];
extern const char * const _br_guide_dimension_fields[];
extern const char * const _br_guide_category_fields[];
extern const char * const _br_guide_question_fields[];
extern const char * const _br_guide_entity_fields[];
extern const char * const _br_guide_estimate_fields[];
extern const char * const _br_guide_block_fields[];
extern const char * const _br_guide_item_fields[];
extern const char * const _br_guide_resource_fields[];
extern const char * const _br_guide_tip_fields[];
extern const char * const _br_guide_closing_fields[];
extern const char * const _br_guide_value_fields[];

/* Reads one entry of a list; @index counts from 0 */
typedef gboolean (*BrGuideReadEntryFunc) (BrGuide      *guide,
                                          BrJsonReader *reader,
                                          JsonObject   *object,
                                          guint         index,
                                          GError      **error);

/* br-guide-parser.c */
gboolean _br_guide_read_list       (BrGuide               *guide,
                                    BrJsonReader          *reader,
                                    JsonObject            *parent,
                                    const char            *member,
                                    guint                  max_length,
                                    BrGuideReadEntryFunc   read_entry,
                                    GError               **error);
gboolean _br_guide_read_common     (BrJsonReader          *reader,
                                    JsonObject            *object,
                                    const char * const    *allowed,
                                    const char            *prefix,
                                    const char            *text_member,
                                    const char           **id,
                                    const char           **title,
                                    const char           **text,
                                    GError               **error);

/* br-guide-parse-sections.c: the Amazon way, principles, differences, the
 * rubric, the process, the plan, resources, tips and the closing thoughts */
gboolean _br_guide_read_amazon_way (BrGuide      *guide,
                                    BrJsonReader *reader,
                                    JsonObject   *root,
                                    GError      **error);
gboolean _br_guide_read_principle  (BrGuide      *guide,
                                    BrJsonReader *reader,
                                    JsonObject   *object,
                                    guint         index,
                                    GError      **error);
gboolean _br_guide_read_difference (BrGuide      *guide,
                                    BrJsonReader *reader,
                                    JsonObject   *object,
                                    guint         index,
                                    GError      **error);
gboolean _br_guide_read_dimension  (BrGuide      *guide,
                                    BrJsonReader *reader,
                                    JsonObject   *object,
                                    guint         index,
                                    GError      **error);
gboolean _br_guide_read_process    (BrGuide      *guide,
                                    BrJsonReader *reader,
                                    JsonObject   *root,
                                    GError      **error);
gboolean _br_guide_read_block      (BrGuide      *guide,
                                    BrJsonReader *reader,
                                    JsonObject   *object,
                                    guint         index,
                                    GError      **error);
gboolean _br_guide_read_resource   (BrGuide      *guide,
                                    BrJsonReader *reader,
                                    JsonObject   *object,
                                    guint         index,
                                    GError      **error);
gboolean _br_guide_read_tip        (BrGuide      *guide,
                                    BrJsonReader *reader,
                                    JsonObject   *object,
                                    guint         index,
                                    GError      **error);
gboolean _br_guide_read_closing    (BrGuide      *guide,
                                    BrJsonReader *reader,
                                    JsonObject   *root,
                                    GError      **error);

/* br-guide-parse-questions.c: the categories and the question cards (API,
 * data model, estimate) */
gboolean _br_guide_read_category   (BrGuide      *guide,
                                    BrJsonReader *reader,
                                    JsonObject   *object,
                                    guint         index,
                                    GError      **error);
gboolean _br_guide_read_question   (BrGuide      *guide,
                                    BrJsonReader *reader,
                                    JsonObject   *object,
                                    guint         index,
                                    GError      **error);

G_END_DECLS
