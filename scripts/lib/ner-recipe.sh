# ner-recipe.sh — the name tagger's training recipe, in one place. Sourced by scripts/train-ner.sh (the shipped
# model, seed 1) and scripts/eval-ner-loco.sh (the same recipe for several seeds and with one corpus left out),
# so what is measured is what is shipped:
#
#     source scripts/lib/ner-recipe.sh
#     lede_train_ner --out M --seed 1 "${NER_RECIPE[@]}" shared/train/<each of NER_TRAIN_FILES>.jsonl
#
# NER_TRAIN_FILES: the training sets of shared/train (assets/models/MODEL_CARD.md, "Data", says why these).
# NER_RECIPE: lede_train_ner's options but --out, --seed and the files (src/tools/train_ner/main.cpp says what
# each does; the card says how each was chosen). NER_BITS and NER_EPOCHS override the table size and epochs.
NER_TRAIN_FILES=(uner_ewt.train.preliminary wikigold.train btc.train wnut17.train sec_filings.train gum_open.train)
NER_RECIPE=(--bits "${NER_BITS:-18}" --epochs "${NER_EPOCHS:-8}" --caps-copies 4 --passage-copies 4 --margin 48
            --min-count 5)
