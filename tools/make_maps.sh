#!/usr/bin/env bash
# Draws the timeline's locator maps into assets/images/ with GMT and the GSHHG
# coastlines (Debian: gmt gmt-gshhg-high; LGPL data). Run once when a map changes;
# the PNGs are committed, so the kiosk itself needs neither GMT nor the data.
# No borders (today's would be wrong for most of these years) and no lettering (one
# picture serves every language; the caption in the timeline file names the places).
set -euo pipefail
cd "$(dirname "$0")/../assets/images"
land="#d9cfb9" sea="#eee8da" coast="0.3p,#7a6f5f" river="0.35p,#a3b4bf" mark="#8c2f1f"

# map NAME REGION PROJECTION "lon lat" ... [-- "lon1 lat1 lon2 lat2" ...]: dots, then lines
map() {
    local name=$1 region=$2 proj=$3
    shift 3
    local dots=() lines=()
    local into=dots
    for a in "$@"; do
        if [ "$a" = "--" ]; then into=lines; continue; fi
        if [ $into = dots ]; then dots+=("$a"); else lines+=("$a"); fi
    done
    gmt begin "map-$name" png E110
    gmt set PS_PAGE_COLOR=#f4efe3
    gmt coast -R"$region" -J"$proj" -G"$land" -S"$sea" -W"$coast" -Dh -A15 -I1/"$river" -B0 --MAP_FRAME_PEN=0.6p,#7a6f5f --MAP_FRAME_TYPE=plain
    for l in "${lines[@]}"; do
        read -r a b c d <<<"$l"
        printf '%s %s\n%s %s\n' "$a" "$b" "$c" "$d" | gmt plot -W1.4p,"$mark",-
    done
    for p in "${dots[@]}"; do echo "$p" | gmt plot -Sc0.36c -G"$mark" -W1.6p,white; done
    gmt end
    # A small palette keeps each file light.
    convert "map-$name.png" -colors 48 -define png:compression-level=9 "map-$name.png"
}

map relations-1809  g                        G-25/52/12c   "-77.04 38.90" "30.31 59.94" -- "-77.04 38.90 30.31 59.94"
map alaska-1867     162/232/50/72            M14c          "224.67 57.05"
map siberia-1918    118/148/36/51            M14c          "131.89 43.12"
map north-russia-1918 24/50/61/70.5          M14c          "40.54 64.54" "33.09 68.97"
map ara-1921        38/62/47/58              M14c          "49.11 55.79" "50.15 53.20" "46.03 51.53"
map yalta-1945      29.5/38.5/43.6/47.2      M14c          "34.17 44.50"
map potsdam-1945    4/24/47/56               M14c          "13.06 52.39"
map berlin-airlift-1948 4/24/47/56           M14c          "13.40 52.52" "9.99 53.55" "9.73 52.37" "8.68 50.11" -- "9.99 53.55 13.40 52.52" "9.73 52.37 13.40 52.52" "8.68 50.11 13.40 52.52"
map soviet-bomb-1949 60/96/41/57             M14c          "78.43 50.07"
map sputnik-1957    44/82/38/55              M14c          "63.34 45.92"
map khrushchev-visit-1959 -126/-68/25/49.5   M14c          "-77.04 38.90" "-74.00 40.71" "-118.24 34.05" "-122.42 37.77" "-94.68 41.87" "-77.46 39.65" -- "-77.04 38.90 -74.00 40.71" "-74.00 40.71 -118.24 34.05" "-118.24 34.05 -122.42 37.77" "-122.42 37.77 -94.68 41.87" "-94.68 41.87 -77.46 39.65"
map u2-1960         40/100/28/62             M14c          "71.58 34.01" "60.60 56.84" -- "71.58 34.01 60.60 56.84"
map cuban-missile-crisis-1962 -88/-72/19.5/28.5 M14c       "-83.05 22.72"
map glassboro-1967  -78.5/-72.5/37.8/41.6    M14c          "-75.11 39.70" "-77.04 38.90" "-74.00 40.71"
map apollo-soyuz-1975 g                      G-10/38/12c     "-80.60 28.50" "63.34 45.92"
map afghanistan-1979 56/80/28/42             M14c          "69.17 34.53"
map reykjavik-1986  -26/-12/62.8/67          M14c          "-21.94 64.15"
map malta-1989      10.5/17.5/34.5/38.5      M14c          "14.54 35.83"
ls -la map-*.png
