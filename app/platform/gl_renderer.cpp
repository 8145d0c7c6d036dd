#include "platform/gl_renderer.hpp"

#include <imgui.h>
#include <backends/imgui_impl_opengl3.h>
#include <GL/gl.h>

#include "ui/theme.hpp"

namespace intake {

Result<GlRenderer> GlRenderer::create() {
  if (!ImGui_ImplOpenGL3_Init("#version 330 core"))
    return Error{"OpenGL 3.3 is not available on this display."};
  GlRenderer renderer;
  renderer.active_ = true;
  return renderer;
}

GlRenderer::~GlRenderer() {
  if (active_) ImGui_ImplOpenGL3_Shutdown();
}

void GlRenderer::upload_fonts() {
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
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
