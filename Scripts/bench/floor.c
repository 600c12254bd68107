/* The C floor: what a site generator cannot avoid doing for each page. Reads each Markdown
 * file named in LIST (one path a line), renders it with libcmark, puts the HTML into one
 * template (at its "{{content}}"), and writes OUT/<n>.html. The benchmark runs one process
 * per core on halves of the list.
 *
 *   cc -O2 -o floor floor.c $(pkg-config --cflags --libs libcmark)
 *   floor TEMPLATE LIST OUT_DIR
 */
#include <cmark.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path, size_t *size) {
    FILE *file = fopen(path, "rb");
    if (!file) { perror(path); exit(2); }
    fseek(file, 0, SEEK_END);
    long length = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *bytes = malloc((size_t)length + 1);
    if (fread(bytes, 1, (size_t)length, file) != (size_t)length) { perror(path); exit(2); }
    bytes[length] = 0;
    fclose(file);
    *size = (size_t)length;
    return bytes;
}

int main(int argc, char **argv) {
    if (argc != 4) { fprintf(stderr, "usage: floor TEMPLATE LIST OUT_DIR\n"); return 2; }
    size_t template_size, list_size;
    char *template = slurp(argv[1], &template_size);
    char *hole = strstr(template, "{{content}}");
    if (!hole) { fprintf(stderr, "no {{content}} in the template\n"); return 2; }
    char *list = slurp(argv[2], &list_size);
    char out_path[4096];
    int n = 0;
    for (char *line = strtok(list, "\n"); line; line = strtok(NULL, "\n"), n++) {
        size_t size;
        char *markdown = slurp(line, &size);
        char *html = cmark_markdown_to_html(markdown, size, CMARK_OPT_DEFAULT);
        snprintf(out_path, sizeof out_path, "%s/%d.html", argv[3], n);
        FILE *out = fopen(out_path, "wb");
        if (!out) { perror(out_path); return 2; }
        fwrite(template, 1, (size_t)(hole - template), out);
        fputs(html, out);
        fputs(hole + strlen("{{content}}"), out);
        fclose(out);
        free(html);
        free(markdown);
    }
    return 0;
}
