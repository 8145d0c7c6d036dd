#include "platform/gl_renderer.hpp"

#include <GL/gl.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "platform/gl_font_texture.hpp"
#include "ui/theme.hpp"

namespace intake {

Result<GlRenderer> GlRenderer::create() {
  if (!ImGui_ImplOpenGL3_Init("#version 330 core"))
    return Error{"OpenGL 3.3 is not available on this display."};
  // The backend makes its shaders and an RGBA font texture on its first frame. Made now, against
  // an empty stand-in atlas, so the kiosk's atlas is never expanded to RGBA; that texture goes.
  {
    ImGuiIO& io = ImGui::GetIO();
    ImFontAtlas stand_in;
    ImFontAtlas* kiosk_atlas = io.Fonts;
    io.Fonts = &stand_in;
    const bool made = ImGui_ImplOpenGL3_CreateDeviceObjects();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    io.Fonts = kiosk_atlas;
    if (!made) {
      ImGui_ImplOpenGL3_Shutdown();
      return Error{"OpenGL 3.3 shaders could not be made on this display."};
    }
  }
  GlRenderer renderer;
  renderer.active_ = true;
  return renderer;
}

GlRenderer::~GlRenderer() {
  if (!active_) return;
  delete_font_texture(font_texture_);
  ImGui_ImplOpenGL3_Shutdown();
}

bool GlRenderer::upload_fonts() {
  delete_font_texture(font_texture_);
  font_texture_ = upload_font_atlas(*ImGui::GetIO().Fonts);
  return font_texture_ != 0;
}

void GlRenderer::render(int framebuffer_width, int framebuffer_height) {
  ImGui_ImplOpenGL3_NewFrame();
  glViewport(0, 0, framebuffer_width, framebuffer_height);
  const ImVec4 background = ImGui::ColorConvertU32ToFloat4(ui::theme::kBackground);
  glClearColor(background.x, background.y, background.z, 1.f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace intake
