#!/usr/bin/env bash
# Draws the timeline's maps into assets/images/ with GMT and the GSHHG coastlines
# (Debian: gmt gmt-gshhg-high gmt-dcw imagemagick; LGPL data), one picture for each
# language: map-NAME.png in English, map-NAME.ru.png in Russian (the kiosk shows the
# visitor's where it exists). Each map names its event's place (bold, with a dot) and
# two to four places around it for orientation, and a map of a region has a small globe
# in a corner with the region outlined. Run once when a map changes; the PNGs are
# committed, so the kiosk itself needs neither GMT nor the data.
# No borders (today's would be wrong for most of these years), except where the
# subject is a country whose border has not moved (Afghanistan, Cuba): it is shaded.
#   bash tools/make_maps.sh              # every map
#   bash tools/make_maps.sh afghanistan-1979   # one
set -euo pipefail
cd "$(dirname "$0")/../assets/images"
land="#d9cfb9" sea="#e3e6e0" coast="0.3p,#7a6f5f" river="0.35p,#a3b4bf" mark="#8c2f1f" ink="#2b2118" water_ink="#4f6470"
only="${1:-}"

# Text for GMT's standard fonts: Latin-1 for English (Reykjavík), ISO-8859-5 for Russian.
encoding() { [ "$1" = ru ] && echo ISO-8859-5 || echo ISOLatin1+; }
iconv_to() { [ "$1" = ru ] && echo ISO-8859-5 || echo ISO-8859-1; }

# map NAME REGION PROJECTION INSET [ITEM ...]
#   INSET: TL, TR, BL, BR (the corner for the locator globe) or none
#   ITEM:  "dot LON LAT"                      the event's place, marked
#          "line LON1 LAT1 LON2 LAT2"         a route
#          "main LON LAT JUST English|Russian" the event's place, named in bold
#          "place LON LAT JUST English|Russian" a place for orientation, with a small dot
#          "water LON LAT JUST English|Russian" a sea or lake, in italics, no dot
#          "area LON LAT JUST English|Russian"  a country or region, in capitals, no dot
#          "shade CODE"                       a country to shade (ISO code; border unchanged since)
#   JUST: where the name stands from the point: L (right of it), R (left of it), T (below), B (above)
map() {
    local name=$1 region=$2 proj=$3 inset=$4
    shift 4
    [ -n "$only" ] && [ "$only" != "$name" ] && return 0
    for lang in en ru; do
        local out="map-$name" i=1
        [ "$lang" = ru ] && out="map-$name.ru"
        [ "$lang" = ru ] && i=2
        gmt begin "$out" png E110
        gmt set PS_PAGE_COLOR=#f4efe3 PS_CHAR_ENCODING="$(encoding "$lang")" MAP_FRAME_PEN=0.6p,#7a6f5f MAP_FRAME_TYPE=plain
        local shade=()
        for item in "$@"; do
            read -r kind code _ <<<"$item"
            [ "$kind" = shade ] && shade+=(-E"$code"+g#cdb994+p0.9p,"$mark")
        done
        gmt coast -R"$region" -J"$proj" -G"$land" -S"$sea" -W"$coast" -Dh -A15 -I1/"$river" -B0 "${shade[@]}"
        for item in "$@"; do
            read -r kind a b c d <<<"$item"
            [ "$kind" = line ] && printf '%s %s\n%s %s\n' "$a" "$b" "$c" "$d" | gmt plot -W1.4p,"$mark",-
        done
        for item in "$@"; do
            read -r kind lon lat just label <<<"$item"
            case "$kind" in
                dot) echo "$lon $lat" | gmt plot -Sc0.36c -G"$mark" -W1.6p,white ;;
                place) echo "$lon $lat" | gmt plot -Sc0.14c -G"$ink" ;;
            esac
        done
        for item in "$@"; do
            read -r kind lon lat just label <<<"$item"
            case "$kind" in main | place | water | area) ;; *) continue ;; esac
            local text font off
            text=$(cut -d'|' -f"$i" <<<"$label" | iconv -f UTF-8 -t "$(iconv_to "$lang")")
            case "$kind" in
                main) font="11p,Helvetica-Bold,$ink" ;;
                place) font="9.5p,Helvetica,$ink" ;;
                water) font="9.5p,Helvetica-Oblique,$water_ink" ;;
                area) font="9.5p,Helvetica,#6b5d4c" ;;
            esac
            local dist=0.28c
            [ "$kind" = water ] || [ "$kind" = area ] && dist=0c
            case "$just" in
                L) off="-D$dist/0c" just=LM ;;
                R) off="-D-$dist/0c" just=RM ;;
                T) off="-D0c/-$dist" just=CT ;;
                B) off="-D0c/$dist" just=CB ;;
                *) off="-D0c/0c" just=CM ;;
            esac
            # A halo of the paper's colour under each name keeps it readable on any coast.
            printf '%s %s %s\n' "$lon" "$lat" "$text" | gmt text -F+f"$font"+j"$just" "$off" -G#f4efe3@25 -C0.05c/0.03c
        done
        if [ "$inset" != none ]; then
            # The locator: a small globe centred on the region, the region outlined.
            IFS=/ read -r w e s n <<<"$region"
            local clon clat
            clon=$(awk -v a="$w" -v b="$e" 'BEGIN{print (a+b)/2}')
            clat=$(awk -v a="$s" -v b="$n" 'BEGIN{print (a+b)/2}')
            gmt inset begin -Dj"$inset"+w2.9c+o0.12c -F+g#f4efe3+p0.6p,#7a6f5f
            gmt coast -Rg -JG"$clon"/"$clat"/2.9c -G"$land" -S"$sea" -Dc -A20000 -W0.15p,#7a6f5f
            printf '%s %s\n%s %s\n%s %s\n%s %s\n%s %s\n' "$w" "$s" "$e" "$s" "$e" "$n" "$w" "$n" "$w" "$s" |
                gmt plot -W1.1p,"$mark" -A
            gmt inset end
        fi
        gmt end
        # A small palette keeps each file light.
        convert "$out.png" -colors 64 -define png:compression-level=9 "$out.png"
    done
}

map relations-1809 g G-25/52/12c none \
    "line -77.04 38.90 30.31 59.94" "dot -77.04 38.90" "dot 30.31 59.94" \
    "main -77.04 38.90 R Washington|Вашингтон" "main 30.31 59.94 L St Petersburg|Санкт-Петербург" \
    "water -38 42 C Atlantic Ocean|Атлантический океан"
map alaska-1867 162/232/50/72 M14c BR \
    "dot 224.67 57.05" "main 224.67 57.05 R Sitka|Ситка" "place 210.25 64.84 T Fairbanks|Фэрбанкс" \
    "water 191 65.9 L Bering Strait|Берингов пролив" "water 200 55 C Pacific Ocean|Тихий океан" "area 209.5 63.5 B ALASKA|АЛЯСКА"
map siberia-1918 118/148/36/51 M14c BR \
    "dot 131.89 43.12" "main 131.89 43.12 L Vladivostok|Владивосток" "place 135.07 48.48 L Khabarovsk|Хабаровск" \
    "place 126.63 45.75 R Harbin|Харбин" "water 135 40 C Sea of Japan|Японское море"
map north-russia-1918 24/50/61/70.5 M14c BR \
    "dot 40.54 64.54" "dot 33.09 68.97" "main 40.54 64.54 L Archangel|Архангельск" "main 33.09 68.97 L Murmansk|Мурманск" \
    "water 37.4 65.9 C White Sea|Белое море" "water 42 70 C Barents Sea|Баренцево море" "place 30.31 59.94 L Petrograd|Петроград"
map ara-1921 38/62/47/58 M14c TR \
    "dot 49.11 55.79" "dot 50.15 53.20" "dot 46.03 51.53" "main 49.11 55.79 L Kazan|Казань" "main 50.15 53.20 L Samara|Самара" \
    "main 46.03 51.53 L Saratov|Саратов" "place 39.72 47.24 L Rostov|Ростов"
map yalta-1945 29.5/38.5/43.6/47.2 M14c TR \
    "dot 34.17 44.50" "main 34.17 44.50 L Yalta|Ялта" "area 34.10 45.30 B CRIMEA|КРЫМ" "place 30.73 46.48 L Odessa|Одесса" \
    "water 33 43.9 C Black Sea|Чёрное море"
map potsdam-1945 4/24/47/56 M14c BR \
    "dot 13.06 52.39" "main 13.06 52.39 R Potsdam|Потсдам" "place 13.40 52.52 L Berlin|Берлин" "place 14.42 50.09 L Prague|Прага" \
    "place 9.99 53.55 R Hamburg|Гамбург" "water 17.5 55.2 C Baltic Sea|Балтийское море"
map berlin-airlift-1948 4/24/47/56 M14c BR \
    "line 9.99 53.55 13.40 52.52" "line 9.73 52.37 13.40 52.52" "line 8.68 50.11 13.40 52.52" \
    "dot 13.40 52.52" "dot 9.99 53.55" "dot 9.73 52.37" "dot 8.68 50.11" "main 13.40 52.52 L Berlin|Берлин" \
    "place 9.99 53.55 R Hamburg|Гамбург" "place 9.73 52.37 R Hanover|Ганновер" "place 8.68 50.11 R Frankfurt|Франкфурт"
map soviet-bomb-1949 60/96/41/57 M14c TL \
    "dot 78.43 50.07" "main 78.43 50.07 L Semipalatinsk test site|Семипалатинский полигон" \
    "place 82.92 55.03 L Novosibirsk|Новосибирск" "place 76.89 43.24 L Alma-Ata|Алма-Ата" "water 74.3 46.0 C Lake Balkhash|оз. Балхаш" \
    "area 68 48 C KAZAKHSTAN|КАЗАХСТАН"
map sputnik-1957 44/82/38/55 M14c TR \
    "dot 63.34 45.92" "main 63.34 45.92 B Tyuratam (Baikonur)|Тюратам (Байконур)" "water 60.2 44.3 C Aral Sea|Аральское море" \
    "water 50.3 43.5 C Caspian Sea|Каспийское море" "place 69.24 41.30 L Tashkent|Ташкент" "area 70 51 C KAZAKHSTAN|КАЗАХСТАН"
map khrushchev-visit-1959 -126/-68/25/49.5 M14c none \
    "line -77.04 38.90 -74.00 40.71" "line -74.00 40.71 -118.24 34.05" "line -118.24 34.05 -122.42 37.77" \
    "line -122.42 37.77 -94.68 41.87" "line -94.68 41.87 -80.00 40.44" "line -80.00 40.44 -77.46 39.65" \
    "dot -77.04 38.90" "dot -74.00 40.71" "dot -118.24 34.05" "dot -122.42 37.77" "dot -94.68 41.87" "dot -80.00 40.44" \
    "dot -77.46 39.65" \
    "main -77.04 38.90 T Washington|Вашингтон" "place -74.00 40.71 B New York|Нью-Йорк" "place -118.24 34.05 L Los Angeles|Лос-Анджелес" \
    "place -122.42 37.77 L San Francisco|Сан-Франциско" "place -94.68 41.87 B Iowa|Айова" "place -80.00 40.44 R Pittsburgh|Питтсбург"
map u2-1960 40/100/28/62 M14c BR \
    "line 71.58 34.01 60.60 56.84" "dot 71.58 34.01" "dot 60.60 56.84" "main 60.60 56.84 L Sverdlovsk|Свердловск" \
    "main 71.58 34.01 L Peshawar|Пешавар" "water 59.6 45.3 R Aral Sea|Аральское море" "place 69.24 41.30 L Tashkent|Ташкент"
map cuban-missile-crisis-1962 -88/-72/19.5/28.5 M14c TR \
    "shade CU" "dot -83.05 22.72" "main -83.05 22.72 T San Cristóbal|Сан-Кристобаль" "place -82.37 23.11 B Havana|Гавана" \
    "place -80.19 25.76 L Miami|Майами" "area -81.6 27.9 C FLORIDA|ФЛОРИДА" "area -78.2 21.75 C CUBA|КУБА"
map glassboro-1967 -78.5/-72.5/37.8/41.6 M14c BR \
    "dot -75.11 39.70" "main -75.11 39.70 L Glassboro|Гласборо" "place -77.04 38.90 R Washington|Вашингтон" \
    "place -74.00 40.71 R New York|Нью-Йорк" "water -74.0 38.7 C Atlantic Ocean|Атлантический океан"
map apollo-soyuz-1975 g G-10/38/12c none \
    "dot -80.60 28.50" "dot 63.34 45.92" "main -80.60 28.50 R Cape Canaveral|Мыс Канаверал" "main 63.34 45.92 R Baikonur|Байконур" \
    "water -40 35 C Atlantic Ocean|Атлантический океан"
map afghanistan-1979 56/80/28/42 M14c BL \
    "shade AF" "dot 69.17 34.53" "main 69.17 34.53 L Kabul|Кабул" "area 65.5 33.2 C AFGHANISTAN|АФГАНИСТАН" \
    "place 69.24 41.30 L Tashkent|Ташкент" "place 73.05 33.68 L Islamabad|Исламабад" "area 62.5 38.9 C USSR|СССР"
map reykjavik-1986 -26/-12/62.8/67 M14c BR \
    "dot -21.94 64.15" "main -21.94 64.15 R Reykjavík|Рейкьявик" "area -18.6 65.0 C ICELAND|ИСЛАНДИЯ" \
    "water -19.5 63.3 C Atlantic Ocean|Атлантический океан"
map malta-1989 10.5/17.5/34.5/38.5 M14c TR \
    "dot 14.54 35.83" "main 14.54 35.83 R Malta|Мальта" "area 14.2 37.55 C SICILY|СИЦИЛИЯ" \
    "water 15.4 34.9 C Mediterranean Sea|Средиземное море" "place 15.09 37.50 L Catania|Катания"
ls -la map-*.png
